using OpenTelemetry.Metrics;

namespace Suite.ServiceDefaults;

/// <summary>
/// A pull reader: a scrape asks the SDK to collect, and the exporter renders the batch on the
/// scraping thread. Scrapes are serialized because one collection feeds one rendering.
/// </summary>
internal sealed class PrometheusScrapeSource : IMetricsScrapeSource, IDisposable
{
    private readonly Lock _gate = new();
    private readonly PrometheusTextExporter _exporter = new();

    public PrometheusScrapeSource()
    {
        Reader = new BaseExportingMetricReader(_exporter)
        {
            TemporalityPreference = MetricReaderTemporalityPreference.Cumulative,
        };
    }

    public MetricReader Reader { get; }

    public string ContentType => "text/plain; version=0.0.4; charset=utf-8";

    public string Scrape()
    {
        lock (_gate)
        {
            return Reader.Collect() ? _exporter.TakeRendered() : "";
        }
    }

    public void Dispose() => Reader.Dispose();
}
