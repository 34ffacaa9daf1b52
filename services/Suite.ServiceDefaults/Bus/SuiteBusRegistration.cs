using System.Security.Authentication;
using Suite.Contracts;
using Suite.ServiceDefaults.Postgres;
using Suite.ServiceDefaults.Postgres.Outbox;

namespace Suite.ServiceDefaults;

internal static class SuiteBusRegistration
{
    public static void Register(IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator> configure)
    {
        var transport = builder.Configuration.GetBusTransport();
        var postgres = builder.Configuration.UsesPostgres();
        builder.Services.AddOptions<RabbitMqOptions>().BindConfiguration(RabbitMqOptions.Section);
        if (postgres)
        {
            builder.Services.AddSuitePostgresOutbox();
        }

        builder.Services.AddMassTransit(bus =>
        {
            configure(bus);
            bus.AddConfigureEndpointsCallback(EndpointRetry.Configure);
            if (postgres)
            {
                bus.AddConfigureEndpointsCallback((context, name, endpoint) =>
                {
                    if (!OutboxExemption.Applies(context, name))
                    {
                        endpoint.UseSuitePostgresOutbox(context);
                    }
                });
            }

            bus.ConfigureHealthCheckOptions(health =>
            {
                if (!health.Tags.Contains(HealthTags.Ready))
                {
                    health.Tags.Add(HealthTags.Ready);
                }
            });
            switch (transport)
            {
                case BusTransport.InMemory:
                    UseInMemoryWithSuiteScheduler(bus);
                    break;
                default:
                    UseRabbitMq(bus);
                    break;
            }
        });
    }

    // The in-memory transport's own delays run on wall time and do not survive the outbox (it keeps
    // a message, not its delay), so scheduled messages go through Suite's scheduler here too: it
    // waits on the injected TimeProvider (the demo's fast clock) and, with PostgreSQL, durably.
    private static void UseInMemoryWithSuiteScheduler(IBusRegistrationConfigurator bus)
    {
        var scheduler = ServiceQueues.Address(ServiceQueues.Scheduler);
        bus.AddMessageScheduler(scheduler);
        bus.UsingInMemory((context, cfg) =>
        {
            cfg.UseMessageScheduler(scheduler);
            cfg.ConfigureEndpoints(context);
        });
    }

    // Debian's RabbitMQ has no delayed-exchange plugin, so every process hands scheduled
    // messages to Suite's own scheduler queue (see AddSuiteScheduler).
    private static void UseRabbitMq(IBusRegistrationConfigurator bus)
    {
        var scheduler = ServiceQueues.Address(ServiceQueues.Scheduler);
        bus.AddMessageScheduler(scheduler);
        bus.UsingRabbitMq((context, cfg) =>
        {
            var options = context.GetRequiredService<Microsoft.Extensions.Options.IOptions<RabbitMqOptions>>().Value;
            cfg.Host(options.Host, checked((ushort)options.EffectivePort), options.VirtualHost, host =>
            {
                host.Username(options.Username);
                host.Password(options.Password);
                if (options.UseTls)
                {
                    host.UseSsl(ssl =>
                    {
                        ssl.ServerName = options.Host;
                        ssl.Protocol = SslProtocols.Tls12 | SslProtocols.Tls13;
                    });
                }
            });
            cfg.UseMessageScheduler(scheduler);
            cfg.ConfigureEndpoints(context);
        });
    }
}
