using System.Linq.Expressions;
using Suite.Contracts.Compliance;
using Suite.Contracts.Draining;
using Suite.Contracts.Gates;
using Suite.Contracts.Planning;
using Suite.Contracts.Rollout;
using Suite.Contracts.Traffic;

namespace Suite.Sagas.Deployments;

public sealed partial class DeploymentStateMachine
{
    public Event<DeploymentRequested> Requested { get; private set; } = null!;
    public Event<GetDeploymentState> StateRequested { get; private set; } = null!;
    public Event<PauseDeployment> PauseRequested { get; private set; } = null!;
    public Event<ResumeDeployment> ResumeRequested { get; private set; } = null!;
    public Event<AbortDeployment> AbortRequested { get; private set; } = null!;
    public Event<PromoteDeployment> PromoteRequested { get; private set; } = null!;
    public Event<RevertDeployment> RevertRequested { get; private set; } = null!;
    public Event<RetryDeployment> RetryRequested { get; private set; } = null!;
    public Event<ComplianceWindowChecked> WindowChecked { get; private set; } = null!;
    public Event<ApproveDeployment> ApproveRequested { get; private set; } = null!;
    public Event<OverrideComplianceWindow> OverrideRequested { get; private set; } = null!;
    public Event<ApprovalWaitDue> ApprovalWaitDue { get; private set; } = null!;
    public Event<WindowRecheckDue> WindowRecheckDue { get; private set; } = null!;
    public Event<StepWaitDue> StepWaitDue { get; private set; } = null!;
    public Event<ProgressDeadlineDue> ProgressDeadlineDue { get; private set; } = null!;
    public Event<RetirementDue> RetirementDue { get; private set; } = null!;
    public Event<NotificationDeliveryFailed> NotificationFailed { get; private set; } = null!;
    public Event<TrafficAnalyzed> TrafficAnalyzed { get; private set; } = null!;
    public Event<TrafficAnalysisFailed> TrafficAnalysisFailed { get; private set; } = null!;
    public Event<DeploymentPlanned> Planned { get; private set; } = null!;
    public Event<PlanningFailed> PlanningFailed { get; private set; } = null!;
    public Event<GateEvaluated> GateEvaluated { get; private set; } = null!;
    public Event<RolloutStepApplied> StepApplied { get; private set; } = null!;
    public Event<RolloutStepFailed> StepApplyFailed { get; private set; } = null!;
    public Event<PodsDrained> PodsDrained { get; private set; } = null!;
    public Event<DrainFailed> DrainFailed { get; private set; } = null!;
    public Event<TrafficRouteSet> RouteSet { get; private set; } = null!;
    public Event<TrafficRouteFailed> RouteFailed { get; private set; } = null!;
    public Event<RollbackApplied> RollbackApplied { get; private set; } = null!;
    public Event<RollbackFailed> RollbackFailed { get; private set; } = null!;
    public Event<PreviousVersionRetired> PreviousRetired { get; private set; } = null!;
    public Event<Fault<CheckComplianceWindow>> WindowCheckFaulted { get; private set; } = null!;
    public Event<Fault<AnalyzeTraffic>> AnalysisFaulted { get; private set; } = null!;
    public Event<Fault<PlanDeployment>> PlanningFaulted { get; private set; } = null!;
    public Event<Fault<EvaluateGate>> GateFaulted { get; private set; } = null!;
    public Event<Fault<ApplyRolloutStep>> RolloutFaulted { get; private set; } = null!;
    public Event<Fault<DrainPods>> DrainFaulted { get; private set; } = null!;
    public Event<Fault<SetTrafficRoute>> RouteFaulted { get; private set; } = null!;
    public Event<Fault<RollBackDeployment>> RollbackFaulted { get; private set; } = null!;
    public Event<Fault<RetirePreviousVersion>> RetireFaulted { get; private set; } = null!;

    private void DeclareEvents()
    {
        Event(() => Requested, x =>
        {
            x.CorrelateById(c => c.Message.DeploymentId != Guid.Empty ? c.Message.DeploymentId : c.MessageId ?? NewId.NextGuid());
            x.InsertOnInitial = true;
        });
        Event(() => StateRequested, x =>
        {
            x.CorrelateById(c => c.Message.DeploymentId);
            x.ReadOnly = true;
            x.OnMissingInstance(m => m.ExecuteAsync(c => c.RespondAsync(new DeploymentNotFound { DeploymentId = c.Message.DeploymentId })));
        });
        Correlate(() => PauseRequested, m => m.DeploymentId);
        Correlate(() => ResumeRequested, m => m.DeploymentId);
        Correlate(() => AbortRequested, m => m.DeploymentId);
        Correlate(() => PromoteRequested, m => m.DeploymentId);
        Correlate(() => RevertRequested, m => m.DeploymentId);
        Correlate(() => RetryRequested, m => m.DeploymentId);
        Correlate(() => WindowChecked, m => m.DeploymentId);
        Correlate(() => ApproveRequested, m => m.DeploymentId);
        Correlate(() => OverrideRequested, m => m.DeploymentId);
        Correlate(() => ApprovalWaitDue, m => m.DeploymentId);
        Correlate(() => WindowRecheckDue, m => m.DeploymentId);
        Correlate(() => StepWaitDue, m => m.DeploymentId);
        Correlate(() => ProgressDeadlineDue, m => m.DeploymentId);
        Correlate(() => RetirementDue, m => m.DeploymentId);
        Correlate(() => NotificationFailed, m => m.DeploymentId);
        Correlate(() => TrafficAnalyzed, m => m.DeploymentId);
        Correlate(() => TrafficAnalysisFailed, m => m.DeploymentId);
        Correlate(() => Planned, m => m.DeploymentId);
        Correlate(() => PlanningFailed, m => m.DeploymentId);
        Correlate(() => GateEvaluated, m => m.DeploymentId);
        Correlate(() => StepApplied, m => m.DeploymentId);
        Correlate(() => StepApplyFailed, m => m.DeploymentId);
        Correlate(() => PodsDrained, m => m.DeploymentId);
        Correlate(() => DrainFailed, m => m.DeploymentId);
        Correlate(() => RouteSet, m => m.DeploymentId);
        Correlate(() => RouteFailed, m => m.DeploymentId);
        Correlate(() => RollbackApplied, m => m.DeploymentId);
        Correlate(() => RollbackFailed, m => m.DeploymentId);
        Correlate(() => PreviousRetired, m => m.DeploymentId);
        Correlate(() => WindowCheckFaulted, m => m.Message.DeploymentId);
        Correlate(() => AnalysisFaulted, m => m.Message.DeploymentId);
        Correlate(() => PlanningFaulted, m => m.Message.DeploymentId);
        Correlate(() => GateFaulted, m => m.Message.DeploymentId);
        Correlate(() => RolloutFaulted, m => m.Message.DeploymentId);
        Correlate(() => DrainFaulted, m => m.Message.DeploymentId);
        Correlate(() => RouteFaulted, m => m.Message.DeploymentId);
        Correlate(() => RollbackFaulted, m => m.Message.DeploymentId);
        Correlate(() => RetireFaulted, m => m.Message.DeploymentId);
    }

    private void Correlate<T>(Expression<Func<Event<T>>> @event, Func<T, Guid> id)
        where T : class =>
        Event(@event, x =>
        {
            x.CorrelateById(c => id(c.Message));
            x.OnMissingInstance(m => m.Discard());
        });
}
