namespace Suite.Integration.RabbitMq.Tests.Api;

/// <summary>Stands in for the history consumer: knows the stub Orchestrator's deployment.</summary>
public sealed class StubHistory : IConsumer<GetDeploymentHistory>
{
    public Task Consume(ConsumeContext<GetDeploymentHistory> context) => context.Message.DeploymentId == StubOrchestrator.Known
        ? context.RespondAsync(new DeploymentHistoryReport
        {
            DeploymentId = StubOrchestrator.Known,
            Entries = [new DeploymentHistoryEntry { Version = 1, Type = "DeploymentRequested", Summary = "shop:v2 requested" }],
        })
        : context.RespondAsync(new DeploymentNotFound { DeploymentId = context.Message.DeploymentId });
}
