namespace Suite.ComplianceWindows.Signals;

/// <summary>
/// Keeps the latest report of each condition for the window checks. Reports arriving late or twice
/// change nothing: only a newer report replaces the one kept.
/// </summary>
public sealed partial class ConditionReportedConsumer(ISignalStore signals, ILogger<ConditionReportedConsumer> logger) : IConsumer<ConditionReported>
{
    public async Task Consume(ConsumeContext<ConditionReported> context)
    {
        var report = context.Message;
        if (string.IsNullOrWhiteSpace(report.Name) || !double.IsFinite(report.Value))
        {
            LogIgnored(report.Name, report.Value, report.Source);
            return;
        }

        if (await signals.RecordAsync(new SignalReading(report.Name.Trim(), report.Value, report.ReportedAt, report.Source), context.CancellationToken))
        {
            LogRecorded(report.Name, report.Value, report.ReportedAt, report.Source);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Condition {Condition} is {Value} at {ReportedAt} (from {Source})")]
    private partial void LogRecorded(string condition, double value, DateTimeOffset reportedAt, string? source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a condition report without a name or a finite value: {Condition} = {Value} (from {Source})")]
    private partial void LogIgnored(string condition, double value, string? source);
}
