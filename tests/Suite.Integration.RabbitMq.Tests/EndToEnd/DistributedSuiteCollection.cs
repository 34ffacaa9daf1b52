namespace Suite.Integration.RabbitMq.Tests.EndToEnd;

/// <summary>
/// The end-to-end scenarios share one distributed suite. It is a collection of its own so that
/// its Orchestrator, which consumes the scheduler queue, is gone before the scheduler tests run
/// (collections run one after another: see xunit.runner.json).
/// </summary>
[CollectionDefinition(Name)]
public sealed class DistributedSuiteCollection : ICollectionFixture<DistributedSuite>
{
    public const string Name = "DistributedSuite";
}
