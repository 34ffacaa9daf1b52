using Suite.Sagas.EventStore;

namespace Suite.Sagas.History;

/// <summary>Answers <see cref="GetDeploymentHistory"/> from the deployment's stream.</summary>
public sealed class GetDeploymentHistoryConsumer(IEventStore store) : IConsumer<GetDeploymentHistory>
{
    public async Task Consume(ConsumeContext<GetDeploymentHistory> context)
    {
        var events = await store.ReadStreamAsync(HistoryJson.StreamId(context.Message.DeploymentId), context.CancellationToken);
        if (events.Count == 0)
        {
            await context.RespondAsync(new DeploymentNotFound { DeploymentId = context.Message.DeploymentId });
            return;
        }

        await context.RespondAsync(new DeploymentHistoryReport
        {
            DeploymentId = context.Message.DeploymentId,
            Entries = [.. events.Select(e => new DeploymentHistoryEntry
            {
                Version = e.Version, Type = e.Type, RecordedAt = e.Data.At, Summary = HistorySummary.Of(e.Data), Data = e.Json,
            })],
        });
    }
}
