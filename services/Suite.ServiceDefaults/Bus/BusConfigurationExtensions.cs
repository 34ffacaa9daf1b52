namespace Suite.ServiceDefaults;

/// <summary>Reads the bus transport from configuration.</summary>
public static class BusConfigurationExtensions
{
    public const string TransportKey = "Suite:Bus:Transport";

    /// <summary>The configured transport; RabbitMq when <c>Suite:Bus:Transport</c> is absent.</summary>
    public static BusTransport GetBusTransport(this IConfiguration configuration)
    {
        var value = configuration[TransportKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return BusTransport.RabbitMq;
        }

        if (Enum.TryParse<BusTransport>(value.Trim(), ignoreCase: true, out var transport) && Enum.IsDefined(transport))
        {
            return transport;
        }

        throw new InvalidOperationException(
            $"{TransportKey} is '{value}'; expected {nameof(BusTransport.RabbitMq)} or {nameof(BusTransport.InMemory)}.");
    }

    /// <summary>True when this process talks to RabbitMQ, and so needs Suite's own scheduler somewhere.</summary>
    public static bool UsesRabbitMq(this IConfiguration configuration) =>
        configuration.GetBusTransport() == BusTransport.RabbitMq;

    /// <summary>
    /// True when scheduled messages go through Suite's own scheduler (hosted by the Orchestrator):
    /// always, since RabbitMQ has no delayed delivery here and the in-memory transport's runs on wall time.
    /// </summary>
    public static bool UsesSuiteScheduler(this IConfiguration configuration) => configuration.GetBusTransport() is BusTransport.RabbitMq or BusTransport.InMemory;
}
