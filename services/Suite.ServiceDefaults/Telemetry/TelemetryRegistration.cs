using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Suite.ServiceDefaults;

internal static class TelemetryRegistration
{
    public static void AddSuiteTelemetry(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section);
        services.TryAddSingleton<PrometheusScrapeSource>();
        services.TryAddSingleton<IMetricsScrapeSource>(sp => sp.GetRequiredService<PrometheusScrapeSource>());
        services.TryAddSingleton(BuildMeterProvider);
        services.TryAddSingleton(BuildTracerProvider);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, TelemetryStarter>());
    }

    private static MeterProvider BuildMeterProvider(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        return Sdk.CreateMeterProviderBuilder()
            .AddMeter(SuiteTelemetry.MassTransitName, SuiteTelemetry.MeterName)
            .AddMeter([.. options.Meters])
            .AddReader(services.GetRequiredService<PrometheusScrapeSource>().Reader)
            .Build();
    }

    private static TracerProvider BuildTracerProvider(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        var builder = Sdk.CreateTracerProviderBuilder()
            .AddSource(SuiteTelemetry.MassTransitName, SuiteTelemetry.ActivitySourceName)
            .AddSource([.. options.Sources]);

        switch (options.TraceExporter.Trim().ToUpperInvariant())
        {
            case "" or "NONE":
                break;
            case "LOG":
                builder.AddProcessor(new SimpleActivityExportProcessor(
                    new LogActivityExporter(services.GetRequiredService<ILoggerFactory>())));
                break;
            default:
                throw new InvalidOperationException(
                    $"{TelemetryOptions.Section}:{nameof(TelemetryOptions.TraceExporter)} is '{options.TraceExporter}'; expected None or Log.");
        }

        return builder.Build();
    }
}
