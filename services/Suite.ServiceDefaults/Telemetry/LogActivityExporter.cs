using System.Diagnostics;
using OpenTelemetry;

namespace Suite.ServiceDefaults;

/// <summary>Writes each finished span as one Debug log line: the only trace exporter this package source allows.</summary>
internal sealed class LogActivityExporter(ILoggerFactory loggers) : BaseExporter<Activity>
{
    private readonly ILogger _logger = loggers.CreateLogger("Suite.Tracing");

    public override ExportResult Export(in OpenTelemetry.Batch<Activity> batch)
    {
        foreach (var activity in batch)
        {
            _logger.LogDebug(
                "Span {SpanName} {TraceId}/{SpanId} parent {ParentSpanId} {Status} {DurationMs} ms",
                activity.DisplayName,
                activity.TraceId,
                activity.SpanId,
                activity.ParentSpanId,
                activity.Status,
                activity.Duration.TotalMilliseconds);
        }

        return ExportResult.Success;
    }
}
