using Suite.Sagas.History;
using Suite.Sagas.Leases;

namespace Suite.Sagas.Deployments;

/// <summary>Revert and retry as binder steps: each either does what it asks or records why it cannot (<see cref="ControlRefusals"/>).</summary>
public static class RevertAndRetryExtensions
{
    /// <summary>
    /// Inside the rollback window: takes the application's lease back (a revert must not undo a
    /// deployment of the same application that runs meanwhile) and records the revert; the saga then rolls back.
    /// </summary>
    public static EventActivityBinder<DeploymentState, RevertDeployment> Revert(
        this EventActivityBinder<DeploymentState, RevertDeployment> binder, TimeProvider time) =>
        binder.ThenAsync(async c =>
        {
            var (s, now) = (c.Saga, time.GetUtcNow());
            if (ControlRefusals.Revert(s) is { } refusal)
            {
                await Refuse(c, "revert", c.Message.RequestedBy, refusal, now);
                return;
            }

            var leases = c.GetServiceOrCreateInstance<IDeploymentLeases>();
            if (await leases.TryAcquireAsync(s.Namespace, s.Application, s.CorrelationId, c.CancellationToken) is { } other)
            {
                await Refuse(c, "revert", c.Message.RequestedBy,
                    $"a deployment of {s.Namespace}/{s.Application} is running ({other}); let it end or abort it first", now);
                return;
            }

            await HistoryRecorder.Record(c, new RevertRequested(c.Message.RequestedBy, c.Message.Reason, now));
        });

    public static EventActivityBinder<DeploymentState, RevertDeployment> RefuseRevert(
        this EventActivityBinder<DeploymentState, RevertDeployment> binder, TimeProvider time) =>
        binder.ThenAsync(c => Refuse(c, "revert", c.Message.RequestedBy, ControlRefusals.Revert(c.Saga) ?? "not now", time.GetUtcNow()));

    /// <summary>Requests the deployment again under <see cref="RetryDeployment.NewDeploymentId"/>; the same id again is a redelivery and does nothing.</summary>
    public static EventActivityBinder<DeploymentState, RetryDeployment> Retry(
        this EventActivityBinder<DeploymentState, RetryDeployment> binder, TimeProvider time) =>
        binder.ThenAsync(async c =>
        {
            var (s, now) = (c.Saga, time.GetUtcNow());
            var id = c.Message.NewDeploymentId == Guid.Empty ? NewId.NextGuid() : c.Message.NewDeploymentId;
            if (s.RetriedAs.Contains(id))
            {
                return;
            }

            if (id == s.CorrelationId)
            {
                await Refuse(c, "retry", c.Message.RequestedBy, "the new deployment needs an id of its own", now);
                return;
            }

            await HistoryRecorder.Record(c, new Retried(id, c.Message.RequestedBy, c.Message.Reason, now));
            await c.Publish(Again(s, id, c.Message, now), c.CancellationToken);
        });

    public static EventActivityBinder<DeploymentState, RetryDeployment> RefuseRetry(
        this EventActivityBinder<DeploymentState, RetryDeployment> binder, TimeProvider time) =>
        binder.ThenAsync(c => Refuse(c, "retry", c.Message.RequestedBy, ControlRefusals.Retry(c.Saga) ?? "not now", time.GetUtcNow()));

    private static DeploymentRequested Again(DeploymentState s, Guid id, RetryDeployment retry, DateTimeOffset now) => new()
    {
        DeploymentId = id, Application = s.Application, Namespace = s.Namespace, Image = s.Image, Strategy = s.Strategy,
        Environment = s.Environment, RequestedBy = retry.RequestedBy, Replicas = s.Replicas, MaxSurge = s.MaxSurge,
        MaxUnavailable = s.MaxUnavailable, Preset = s.Options.Preset, CanarySteps = s.Options.CanarySteps, HeaderRoute = s.Options.HeaderRoute,
        ExperimentDuration = s.Options.ExperimentDuration, BlueGreen = s.Options.BlueGreen, StabilizationWait = s.Options.StabilizationWait,
        AcceptDowntime = s.Options.AcceptDowntime, ProgressDeadline = s.Options.ProgressDeadline, RollbackWindow = s.Options.RollbackWindow,
        ComplianceProfile = s.ComplianceProfile, Reason = retry.Reason ?? $"retry of {s.CorrelationId}", RetryOf = s.CorrelationId,
        RequestedAt = now,
    };

    private static async Task Refuse<T>(BehaviorContext<DeploymentState, T> c, string command, string requestedBy, string reason, DateTimeOffset now)
        where T : class
    {
        LogContext.Info?.Log("Refused {Command} of deployment {DeploymentId} by {RequestedBy}: {Reason}", command, c.Saga.CorrelationId, requestedBy, reason);
        await HistoryRecorder.Record(c, new ControlRefused(command, requestedBy, reason, now));
    }
}
