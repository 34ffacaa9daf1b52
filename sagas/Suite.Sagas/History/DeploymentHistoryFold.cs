using Suite.Contracts.Gates;
using Suite.Sagas.Deployments;

namespace Suite.Sagas.History;

/// <summary>
/// The only code that changes a deployment's data: applies one history event. The saga calls it
/// as it records each event, and a replay calls it over the stored stream. One file per concern:
/// the request and its preparation here, then compliance, steps, control, and the end.
/// </summary>
public static partial class DeploymentHistoryFold
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
        if (!(ApplyPreparation(s, e) || ApplyCompliance(s, e) || ApplyStep(s, e) || ApplyControl(s, e) || ApplyEnding(s, e)))
        {
            throw new InvalidOperationException($"no fold for history event {e.GetType().Name}");
        }
    }

    private static bool ApplyPreparation(DeploymentState s, IHistoryEvent e)
    {
        switch (e)
        {
            case RequestAccepted a:
                (s.Application, s.Namespace, s.Image, s.Strategy, s.Environment, s.RequestedBy) =
                    (a.Application, a.Namespace, a.Image, a.Strategy, a.Environment, a.RequestedBy);
                (s.Replicas, s.MaxSurge, s.MaxUnavailable, s.ComplianceProfile, s.Reason, s.StartedAt) =
                    (a.Replicas, a.MaxSurge, a.MaxUnavailable, a.ComplianceProfile, a.Reason, a.At);
                s.RetryOf = a.RetryOf;
                break;
            case RequestOptionsAccepted o:
                (s.Options, s.ProgressDeadline, s.RollbackWindow) = (o.Options, o.ProgressDeadline, o.RollbackWindow);
                break;
            case RequestRejected r:
                (s.Application, s.Namespace, s.Image, s.Strategy, s.Environment, s.RequestedBy) =
                    (r.Application, r.Namespace, r.Image, r.Strategy, r.Environment, r.RequestedBy);
                s.StartedAt = r.At;
                s.RejectionErrors = [.. r.Errors];
                s.LastError = string.Join("; ", r.Errors);
                s.Outcome = Outcomes.Rejected;
                break;
            case BaselineTaken b:
                Answered(s);
                s.TrafficAnalyzed = true;
                s.CurrentImage = b.CurrentImage;
                s.Baseline = b.Baseline;
                break;
            case PlanMade p:
                Answered(s);
                s.Planned = true;
                (s.PreviousImage, s.PreviousReplicas, s.DesiredReplicas) = (p.PreviousImage, p.PreviousReplicas, p.DesiredReplicas);
                s.Steps = [.. p.Steps];
                s.ScaleDownDelay = p.ScaleDownDelay;
                s.OldReady = p.PreviousReplicas;
                if (s.PromotedFully)
                {
                    JumpToEnd(s);
                }

                break;
            case GatePassed g:
                Answered(s);
                s.LastGateOutcome = $"passed: {g.Summary}";
                ApplyGatePassed(s, g);
                break;
            case GateFailed g:
                Answered(s);
                s.LastGateOutcome = $"failed: {g.Summary}";
                s.LastError = s.FailureReason = $"{g.Stage} gate failed: {g.Summary}";
                break;
            default:
                return false;
        }

        return true;
    }

    private static void ApplyGatePassed(DeploymentState s, GatePassed g)
    {
        switch (g.Stage)
        {
            case GateStages.PreDeployment:
                s.PreflightPassed = true;
                break;
            case GateStages.PostStep when DeploymentProgress.CurrentStep(s)?.Index == g.StepIndex:
                s.StepPhase = StepPhases.Analyzed;
                break;
            case GateStages.Final:
                s.FinalGatePassed = true;
                break;
        }
    }

    /// <summary>The awaited answer came (or will not come): nothing is in flight any more.</summary>
    internal static void Answered(DeploymentState s)
    {
        (s.Awaiting, s.AwaitingStep, s.AwaitingWhat, s.AwaitingSince) = (null, 0, null, null);
        (s.DeadlineTokenId, s.DeadlineAt) = (null, null);
    }

    private static void ClearWait(DeploymentState s)
    {
        (s.WaitKind, s.WaitTokenId, s.WaitDueAt, s.WaitRemaining) = (null, null, null, null);
    }

    /// <summary>A full promotion goes straight to the last step run before success, when the plan allows it (<see cref="PlanShape.JumpTarget"/>).</summary>
    private static void JumpToEnd(DeploymentState s)
    {
        if (PlanShape.JumpTarget(s.Steps, s.CompletedSteps, s.OldReady) is { } target)
        {
            s.CompletedSteps = target;
            s.StepPhase = StepPhases.NotStarted;
        }
    }
}
