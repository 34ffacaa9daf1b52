using Suite.Sagas.Deployments;

namespace Suite.Sagas.History;

public static partial class DeploymentHistoryFold
{
    private static bool ApplyStep(DeploymentState s, IHistoryEvent e)
    {
        switch (e)
        {
            case CommandSent c:
                (s.Awaiting, s.AwaitingStep, s.AwaitingWhat, s.AwaitingSince) = (c.Command, c.StepIndex, c.What, c.At);
                (s.DeadlineTokenId, s.DeadlineAt) = (c.DeadlineTokenId, c.DeadlineAt);
                break;
            case ProgressDeadlineExceeded d:
                Answered(s);
                var stalled = $"no progress for {Seconds(d.Deadline)} while {d.What}";
                if (s.RollbackStartedAt is not null)
                {
                    s.LastError = $"rollback failed: {stalled}";
                    s.Outcome = Outcomes.Failed;
                }
                else
                {
                    s.LastError = s.FailureReason = stalled;
                }

                break;
            case CommandFaulted f:
                Answered(s);
                s.LastError = s.FailureReason = $"{f.Command} failed: {f.Reason}";
                break;
            case StepStarted:
                s.ClusterChanged = true;
                if (s.StepPhase == StepPhases.NotStarted)
                {
                    s.StepPhase = StepPhases.Started;
                }

                break;
            case StepRolledOut r:
                Answered(s);
                (s.NewReady, s.NewScaledTo) = (r.ReadyReplicas, r.DesiredReplicas);
                if (PlannedStep(s, r.StepIndex) is { } rolled && rolled.NewReplicas != r.DesiredReplicas)
                {
                    // Asking again would get the same answer for ever: something else scales the application.
                    s.LastError = s.FailureReason =
                        $"step {r.StepIndex} rollout: the new version is at {r.DesiredReplicas} replica(s), the plan asked for {rolled.NewReplicas}";
                }

                break;
            case StepDrained d:
                Answered(s);
                s.OldReady = d.RemainingReplicas;
                if (PlannedStep(s, d.StepIndex) is { } drained && d.RemainingReplicas > drained.OldReplicas)
                {
                    s.LastError = s.FailureReason =
                        $"step {d.StepIndex} drain: the old version still has {d.RemainingReplicas} replica(s), the plan asked for {drained.OldReplicas}";
                }

                break;
            case TrafficRouted t:
                Answered(s);
                (s.RouteWeight, s.RouteHeader) = (t.WeightPercent, t.HeaderRoute);
                break;
            case StepFailed f:
                Answered(s);
                s.ClusterChanged = true;
                s.LastError = s.FailureReason = $"step {f.StepIndex} {f.Phase} failed: {f.Reason}";
                break;
            case WaitStarted w:
                (s.WaitKind, s.WaitTokenId, s.WaitDueAt, s.WaitRemaining) = (w.Kind, w.TokenId, w.DueAt, null);
                break;
            case WaitEnded w:
                ClearWait(s);
                s.StepPhase = w.Kind == StepWaits.Stabilization ? StepPhases.Stabilized : StepPhases.PauseEnded;
                break;
            case PromotionAwaited:
                (s.IsPaused, s.WaitingForPromotion, s.PauseReason) = (true, true, "waiting for promotion");
                break;
            case StepCompleted:
                s.CompletedSteps++;
                s.StepPhase = StepPhases.NotStarted;
                ClearWait(s);
                break;
            default:
                return false;
        }

        return true;
    }

    private static Contracts.Planning.PlanStep? PlannedStep(DeploymentState s, int index) => s.Steps.FirstOrDefault(p => p.Index == index);

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " s";
}
