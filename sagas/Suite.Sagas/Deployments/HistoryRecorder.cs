using Suite.Sagas.EventStore;
using Suite.Sagas.History;

namespace Suite.Sagas.Deployments;

/// <summary>
/// Records a decision: appends the event to the deployment's stream, stating the version the
/// saga last saw, then folds it into the saga's data.
/// </summary>
internal static class HistoryRecorder
{
    public static async Task Record(BehaviorContext<DeploymentState> context, IHistoryEvent e, string? actor = null)
    {
        var store = context.GetServiceOrCreateInstance<IEventStore>();
        var metadata = new EventMetadata(context.Saga.CorrelationId, context.MessageId, actor ?? context.Saga.RequestedBy, e.At)
        {
            // Why the deployment exists; an event a person caused (pause, abort …) carries their own reason too.
            Reason = context.Saga.Reason,
        };

        // Stored first, folded after: an append that fails leaves the saga as it was, so a retry starts from the same version.
        await store.AppendAsync(HistoryJson.StreamId(context.Saga.CorrelationId), context.Saga.HistoryVersion, [e], metadata, context.CancellationToken);
        DeploymentHistoryFold.Apply(context.Saga, e);
    }
}
