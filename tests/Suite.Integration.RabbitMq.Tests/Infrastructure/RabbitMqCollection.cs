namespace Suite.Integration.RabbitMq.Tests.Infrastructure;

/// <summary>
/// Every test shares the broker and runs one at a time: the scheduler queue is one per broker,
/// and two schedulers consuming it at once would split the schedules between them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RabbitMqCollection : ICollectionFixture<RabbitMqFixture>
{
    public const string Name = "RabbitMq";
}
