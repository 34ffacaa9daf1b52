using Suite.Sagas.Deployments;
using Suite.Sagas.EventStore;

namespace Suite.Sagas.History;

/// <summary>
/// Answers <see cref="VerifyDeploymentHistory"/> by checking the stream's hash chain, its head, and
/// the saga's count of the events it recorded (a witness outside the stream: removing the last
/// events, or the whole stream with its head, still shows).
/// </summary>
public sealed class VerifyDeploymentHistoryConsumer(IEventStore store, ILoadSagaRepository<DeploymentState> sagas) : IConsumer<VerifyDeploymentHistory>
{
    public async Task Consume(ConsumeContext<VerifyDeploymentHistory> context)
    {
        var saga = await sagas.Load(context.Message.DeploymentId);
        var verification = (await store.VerifyStreamAsync(HistoryJson.StreamId(context.Message.DeploymentId), context.CancellationToken))
            .AgainstWitness(saga?.HistoryVersion ?? 0);
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
