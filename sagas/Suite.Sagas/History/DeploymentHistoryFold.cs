using Suite.Contracts.Gates;
using Suite.Sagas.Deployments;

namespace Suite.Sagas.History;

/// <summary>
/// The only code that changes a deployment's data: applies one history event. The saga calls it
/// as it records each event, and a replay calls it over the stored stream.
/// </summary>
public static class DeploymentHistoryFold
{
    public static DeploymentState Replay(Guid deploymentId, IEnumerable<IHistoryEvent> events)
    {
        var state = new DeploymentState { CorrelationId = deploymentId };
        foreach (var e in events)
        {
            Apply(state, e);
        }

        state.CurrentState = DeploymentProgress.StateOf(state);
        return state;
    }

    public static void Apply(DeploymentState s, IHistoryEvent e)
    {
        s.HistoryVersion++;
        s.UpdatedAt = e.At;
        switch (e)
        {
            case RequestAccepted a:
                (s.Application, s.Namespace, s.Image, s.Strategy, s.Environment, s.RequestedBy) =
                    (a.Application, a.Namespace, a.Image, a.Strategy, a.Environment, a.RequestedBy);
                (s.Replicas, s.MaxSurge, s.MaxUnavailable, s.ComplianceProfile, s.Reason, s.StartedAt) =
                    (a.Replicas, a.MaxSurge, a.MaxUnavailable, a.ComplianceProfile, a.Reason, a.At);
                break;
            case RequestRejected r:
                (s.Application, s.Namespace, s.Image, s.Strategy, s.Environment, s.RequestedBy) =
                    (r.Application, r.Namespace, r.Image, r.Strategy, r.Environment, r.RequestedBy);
                s.StartedAt = r.At;
                s.RejectionErrors = [.. r.Errors];
                s.LastError = string.Join("; ", r.Errors);
                s.Outcome = Outcomes.Rejected;
                break;
            case WindowChecked w:
                s.WindowOpen = w.IsOpen;
                s.WindowClosedReason = w.IsOpen ? null : w.Reason ?? "closed";
                s.WindowReopensAt = w.IsOpen ? null : w.ReopensAt;
                if (!w.IsOpen && w.Permanent)
                {
                    s.LastError = s.FailureReason = $"compliance window closed for good: {s.WindowClosedReason}";
                }

                break;
            case WindowRecheckScheduled r:
                s.WindowRecheckTokenId = r.TokenId;
                break;
            case WindowRecheckStarted:
                s.WindowClosedReason = null;
                s.WindowReopensAt = null;
                s.WindowRecheckTokenId = null;
                break;
            case CommandFaulted f:
                s.LastError = s.FailureReason = $"{f.Command} failed: {f.Reason}";
                break;
            case BaselineTaken b:
                s.TrafficAnalyzed = true;
                s.CurrentImage = b.CurrentImage;
                s.Baseline = b.Baseline;
                break;
            case PlanMade p:
                s.Planned = true;
                (s.PreviousImage, s.PreviousReplicas, s.DesiredReplicas) = (p.PreviousImage, p.PreviousReplicas, p.DesiredReplicas);
                s.Steps = [.. p.Steps];
                s.OldReady = p.PreviousReplicas;
                break;
            case GatePassed g:
                s.LastGateOutcome = $"passed: {g.Summary}";
                ApplyGatePassed(s, g.Stage);
                break;
            case GateFailed g:
                s.LastGateOutcome = $"failed: {g.Summary}";
                s.LastError = s.FailureReason = $"{g.Stage} gate failed: {g.Summary}";
                break;
            case StepStarted:
                s.ClusterChanged = true;
                break;
            case StepRolledOut r:
                s.StepPhase = StepPhases.RolledOut;
                s.NewReady = r.ReadyReplicas;
                break;
            case StepDrained d:
                s.StepPhase = StepPhases.Drained;
                s.OldReady = d.RemainingReplicas;
                break;
            case StepFailed f:
                s.ClusterChanged = true;
                s.LastError = s.FailureReason = $"step {f.StepIndex} {f.Phase} failed: {f.Reason}";
                break;
            case PauseRequested p:
                s.PauseRequested = true;
                (s.PauseRequestedBy, s.PauseReason) = (p.RequestedBy, p.Reason);
                break;
            case Paused:
                s.IsPaused = true;
                s.WindowRecheckTokenId = null;
                break;
            case Resumed:
                s.PauseRequested = false;
                s.IsPaused = false;
                break;
            case AbortRequested a:
                s.AbortRequested = true;
                s.AbortRequestedBy = a.RequestedBy;
                s.AbortReason = $"aborted by {a.RequestedBy}" + (string.IsNullOrWhiteSpace(a.Reason) ? "" : $": {a.Reason}");
                break;
            case Aborted a:
                s.LastError = a.Reason;
                s.Outcome = Outcomes.Aborted;
                s.WindowRecheckTokenId = null;
                break;
            case RollbackStarted r:
                s.IsPaused = false;
                s.WindowRecheckTokenId = null;
                s.RollbackReason = r.Reason;
                s.RollbackStartedAt = r.At;
                break;
            case RollbackCompleted r:
                s.RollbackCompletedAt = r.At;
                s.OldReady = r.RestoredReplicas;
                s.NewReady = 0;
                s.Outcome = Outcomes.RolledBack;
                break;
            case RollbackFailed r:
                s.LastError = $"rollback failed: {r.Reason}";
                s.Outcome = Outcomes.Failed;
                break;
            case Succeeded:
                s.Outcome = Outcomes.Succeeded;
                break;
            case Failed f:
                s.LastError = f.Reason;
                s.Outcome = Outcomes.Failed;
                s.WindowRecheckTokenId = null;
                break;
            default:
                throw new InvalidOperationException($"no fold for history event {e.GetType().Name}");
        }
    }

    private static void ApplyGatePassed(DeploymentState s, string stage)
    {
        switch (stage)
        {
            case GateStages.PreDeployment:
                s.PreflightPassed = true;
                break;
            case GateStages.PostStep:
                s.CompletedSteps++;
                s.StepPhase = StepPhases.NotStarted;
                break;
            case GateStages.Final:
                s.FinalGatePassed = true;
                break;
        }
    }
}
