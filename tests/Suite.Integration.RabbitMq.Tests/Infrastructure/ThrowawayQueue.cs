namespace Suite.Integration.RabbitMq.Tests.Infrastructure;

/// <summary>Makes a test's own queue go away with its consumer, so later tests' publishes do not pile up in it.</summary>
public static class ThrowawayQueue
{
    public static void Configure(IReceiveEndpointConfigurator endpoint)
    {
        if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.AutoDelete = true;
            rabbit.Durable = false;
        }
    }
}
