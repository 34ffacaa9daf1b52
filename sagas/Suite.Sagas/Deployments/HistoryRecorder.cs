using Suite.Sagas.EventStore;
using Suite.Sagas.History;

namespace Suite.Sagas.Deployments;

/// <summary>
/// Records a decision: folds the event into the saga's data and appends it to the deployment's
/// stream, stating the version the saga last saw.
/// </summary>
internal static class HistoryRecorder
{
    public static async Task Record(BehaviorContext<DeploymentState> context, IHistoryEvent e, string? actor = null)
    {
        var store = context.GetServiceOrCreateInstance<IEventStore>();
        var expected = context.Saga.HistoryVersion;
        DeploymentHistoryFold.Apply(context.Saga, e);
        var metadata = new EventMetadata(context.Saga.CorrelationId, context.MessageId, actor ?? context.Saga.RequestedBy, e.At);
        await store.AppendAsync(HistoryJson.StreamId(context.Saga.CorrelationId), expected, [e], metadata, context.CancellationToken);
    }
}
