namespace Suite.ServiceDefaults;

/// <summary>
/// What <c>/metrics</c> serves. Suite renders the Prometheus text format itself because
/// OpenTelemetry.Exporter.Prometheus is not in the package source; swapping that exporter in
/// replaces this registration and the endpoint mapping, nothing else.
/// </summary>
public interface IMetricsScrapeSource
{
    string ContentType { get; }

    /// <summary>Collects every instrument now and renders the result.</summary>
    string Scrape();
}
