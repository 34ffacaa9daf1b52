using Suite.Sagas.EventStore;

namespace Suite.Sagas.History;

/// <summary>Answers <see cref="VerifyDeploymentHistory"/> by checking the stream's hash chain.</summary>
public sealed class VerifyDeploymentHistoryConsumer(IEventStore store) : IConsumer<VerifyDeploymentHistory>
{
    public async Task Consume(ConsumeContext<VerifyDeploymentHistory> context)
    {
        var verification = await store.VerifyStreamAsync(HistoryJson.StreamId(context.Message.DeploymentId), context.CancellationToken);
        if (verification is { IsIntact: true, EventsChecked: 0 })
        {
            await context.RespondAsync(new DeploymentNotFound { DeploymentId = context.Message.DeploymentId });
            return;
        }

        await context.RespondAsync(new DeploymentHistoryVerified
        {
            DeploymentId = context.Message.DeploymentId,
            IsIntact = verification.IsIntact,
            EventsChecked = verification.EventsChecked,
            FirstBrokenVersion = verification.FirstBrokenVersion,
            Problem = verification.Problem,
        });
    }
}
