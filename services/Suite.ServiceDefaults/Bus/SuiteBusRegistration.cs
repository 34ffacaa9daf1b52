using System.Security.Authentication;
using Suite.Contracts;

namespace Suite.ServiceDefaults;

internal static class SuiteBusRegistration
{
    public static void Register(IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator> configure)
    {
        var transport = builder.Configuration.GetBusTransport();
        builder.Services.AddOptions<RabbitMqOptions>().BindConfiguration(RabbitMqOptions.Section);

        builder.Services.AddMassTransit(bus =>
        {
            configure(bus);
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
                    UseInMemory(bus);
                    break;
                default:
                    UseRabbitMq(bus);
                    break;
            }
        });
    }

    private static void UseInMemory(IBusRegistrationConfigurator bus)
    {
        bus.AddDelayedMessageScheduler();
        bus.UsingInMemory((context, cfg) =>
        {
            cfg.UseDelayedMessageScheduler();
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
