using Microsoft.AspNetCore.Builder;
using Suite.ServiceDefaults.Postgres;

namespace Suite.ServiceDefaults;

/// <summary>What every Suite process shares: clock, logging, health, telemetry and the bus.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Registers the clock, console logging, health checks, tracing and metrics, and PostgreSQL when <c>Suite:Postgres:ConnectionString</c> is set.</summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddSuiteLogging();
        builder.Services.AddHealthChecks();
        builder.AddSuiteTelemetry();
        builder.Services.AddSuitePostgres(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// Registers MassTransit on the transport <c>Suite:Bus:Transport</c> names (RabbitMq by
    /// default, or InMemory) with a message scheduler that fits it.
    /// </summary>
    public static IHostApplicationBuilder AddSuiteBus(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        SuiteBusRegistration.Register(builder, configure);
        return builder;
    }

    /// <summary>Maps <c>/health/live</c>, <c>/health/ready</c> and <c>/metrics</c>.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthEndpoints();
        app.MapMetricsEndpoint();
        return app;
    }
}
