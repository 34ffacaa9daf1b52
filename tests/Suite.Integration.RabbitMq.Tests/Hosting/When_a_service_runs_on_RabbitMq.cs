using System.Diagnostics.Metrics;
using System.Net;

namespace Suite.Integration.RabbitMq.Tests.Hosting;

[Collection(RabbitMqCollection.Name)]
public sealed class When_a_service_runs_on_RabbitMq(RabbitMqFixture broker) : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private TestServiceHost? _host;

    private TestServiceHost Host => _host!;

    public async Task InitializeAsync()
    {
        _host = await TestServiceHost.Start(broker.Port, _ => { });
        _http.BaseAddress = Host.Address;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Should_report_live()
    {
        using var response = await _http.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Should_become_ready_once_the_bus_has_started()
    {
        var bus = Host.Services.GetRequiredService<IBusControl>();
        using var started = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await bus.WaitForHealthStatus(BusHealthStatus.Healthy, started.Token);

        using var response = await _http.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_expose_Suite_instruments_in_Prometheus_text_format()
    {
        using var meter = Host.Services.GetRequiredService<IMeterFactory>().Create(SuiteTelemetry.MeterName);
        var counter = meter.CreateCounter<long>("suite.test.probes", description: "Probes \\ counted\nin a test.");
        var histogram = meter.CreateHistogram<double>("suite.test.duration", unit: "s");
        counter.Add(3, new KeyValuePair<string, object?>("deployment.app", "shop \"v2\""));
        histogram.Record(0.3);
        histogram.Record(7);

        using var response = await _http.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("# HELP suite_test_probes_total Probes \\\\ counted\\nin a test.\n", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE suite_test_probes_total counter\n", text, StringComparison.Ordinal);
        Assert.Contains("suite_test_probes_total{deployment_app=\"shop \\\"v2\\\"\"} 3\n", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE suite_test_duration_seconds histogram\n", text, StringComparison.Ordinal);
        Assert.Contains("suite_test_duration_seconds_bucket{le=\"5\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("suite_test_duration_seconds_bucket{le=\"10\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("suite_test_duration_seconds_bucket{le=\"+Inf\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("suite_test_duration_seconds_sum 7.3\n", text, StringComparison.Ordinal);
        Assert.Contains("suite_test_duration_seconds_count 2\n", text, StringComparison.Ordinal);
    }
}
