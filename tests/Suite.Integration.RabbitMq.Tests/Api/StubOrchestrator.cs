namespace Suite.Integration.RabbitMq.Tests.Api;

/// <summary>Stands in for the Orchestrator: knows one deployment, ignores another.</summary>
public sealed class StubOrchestrator : IConsumer<GetDeploymentState>
{
    public static readonly Guid Known = Guid.Parse("5b0c6f4e-0000-4000-8000-000000000001");
    public static readonly Guid Silent = Guid.Parse("5b0c6f4e-0000-4000-8000-000000000002");

    public Task Consume(ConsumeContext<GetDeploymentState> context) => context.Message.DeploymentId switch
    {
        var id when id == Known => context.RespondAsync(new DeploymentStateReport
        {
            DeploymentId = id,
            Application = "shop",
            Namespace = "retail",
            Image = "shop:v2",
            State = "RollingOut",
            Step = 1,
            TotalSteps = 4,
        }),
        var id when id == Silent => Task.CompletedTask,
        var id => context.RespondAsync(new DeploymentNotFound { DeploymentId = id }),
    };
}
