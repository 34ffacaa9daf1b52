using Suite.Sagas.EventStore;
using Suite.Sagas.History;

namespace Suite.Sagas.Deployments;

/// <summary>
/// Records a decision: appends the event to the deployment's stream, stating the version the
/// saga last saw, then folds it into the saga's data.
/// </summary>
internal static class HistoryRecorder
{
    public static async Task Record(BehaviorContext<DeploymentState> context, IHistoryEvent e)
    {
        var store = context.GetServiceOrCreateInstance<IEventStore>();
        var (actor, reason) = Cause(context.Saga, e);
        var metadata = new EventMetadata(context.Saga.CorrelationId, context.MessageId, actor, e.At) { Reason = reason };

        // Stored first, folded after: an append that fails leaves the saga as it was, so a retry starts from the same version.
        await store.AppendAsync(HistoryJson.StreamId(context.Saga.CorrelationId), context.Saga.HistoryVersion, [e], metadata, context.CancellationToken);
        DeploymentHistoryFold.Apply(context.Saga, e);
    }

    /// <summary>
    /// Who caused the event and why: the person behind a control command, approval or override with the
    /// reason they gave; otherwise the deployment's requester and the reason the deployment exists.
    /// </summary>
    internal static (string Actor, string? Reason) Cause(DeploymentState s, IHistoryEvent e) => e switch
    {
        PauseRequested p => (p.RequestedBy, p.Reason),
        Resumed r => (r.RequestedBy, r.Reason),
        Promoted p => (p.RequestedBy, p.Reason),
        AbortRequested a => (a.RequestedBy, a.Reason),
        RevertRequested r => (r.RequestedBy, r.Reason),
        Retried r => (r.RequestedBy, r.Reason),
        ControlRefused c => (c.RequestedBy, c.Reason),
        ApprovalGranted g => (g.Approver, g.Reason),
        ApprovalRefused r => (r.Approver, r.Refusal),
        WindowOverridden o => (o.Approver, o.Reason),
        OverrideRefused r => (r.Approver, r.Refusal),
        _ => (s.RequestedBy, s.Reason),
    };
}
