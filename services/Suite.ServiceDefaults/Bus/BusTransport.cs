namespace Suite.ServiceDefaults;

/// <summary>The transports <c>Suite:Bus:Transport</c> accepts.</summary>
public enum BusTransport
{
    RabbitMq,
    InMemory,
}
