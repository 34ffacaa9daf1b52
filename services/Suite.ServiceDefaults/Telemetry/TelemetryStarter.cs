using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Suite.ServiceDefaults;

/// <summary>
/// Builds the providers when the host starts, so instruments are listened to from the first
/// message on rather than from the first scrape. The container disposes them with the host.
/// </summary>
internal sealed class TelemetryStarter(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<MeterProvider>();
        services.GetRequiredService<TracerProvider>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
