using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Suite.ServiceDefaults;

/// <summary>Renders one collected batch as Prometheus exposition format 0.0.4 and keeps it for the scrape.</summary>
internal sealed class PrometheusTextExporter : BaseExporter<Metric>
{
    private string _rendered = "";

    public override ExportResult Export(in OpenTelemetry.Batch<Metric> batch)
    {
        var metrics = new List<Metric>();
        foreach (var metric in batch)
        {
            metrics.Add(metric);
        }

        _rendered = PrometheusTextWriter.Write(metrics);
        return ExportResult.Success;
    }

    public string TakeRendered()
    {
        var rendered = _rendered;
        _rendered = "";
        return rendered;
    }
}
