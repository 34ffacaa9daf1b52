using Suite.Sagas.Deployments;

namespace Suite.Sagas.History;

public static partial class DeploymentHistoryFold
{
    private static bool ApplyControl(DeploymentState s, IHistoryEvent e)
    {
        switch (e)
        {
            case PauseRequested p:
                s.PauseRequested = true;
                (s.PauseRequestedBy, s.PauseReason) = (p.RequestedBy, p.Reason);
                break;
            case Paused p:
                s.IsPaused = true;

                // A clearance or an answer about the window is stale after a pause: the next boundary asks again. Waits start over.
                ClearWindowAnswer(s);
                s.WindowClearedStep = null;
                (s.ApprovalTokenId, s.ApprovalGiveUpAt) = (null, null);
                if (s is { WaitTokenId: not null, WaitDueAt: { } due })
                {
                    // A pause stops the clock of a running wait; resuming waits out the rest.
                    s.WaitRemaining = due > p.At ? due - p.At : TimeSpan.Zero;
                    s.WaitTokenId = null;
                }

                break;
            case Resumed r:
                // Resuming a pause that waits for promotion promotes, as Argo Rollouts' resume does for a pause step.
                EndPause(s, endPauseStep: s.WaitingForPromotion, r.At);
                break;
            case Promoted p:
                EndPause(s, endPauseStep: s.WaitingForPromotion || s.WaitKind == StepWaits.Pause, p.At);
                if (p.Full)
                {
                    s.PromotedFully = true;
                    ClearWait(s);
                    if (s.Planned)
                    {
                        JumpToEnd(s);
                    }
                }

                break;
            case AbortRequested a:
                s.AbortRequested = true;
                s.AbortRequestedBy = a.RequestedBy;
                s.AbortReason = $"aborted by {a.RequestedBy}" + (string.IsNullOrWhiteSpace(a.Reason) ? "" : $": {a.Reason}");
                break;
            case RevertRequested r:
                (s.RevertRequested, s.RevertRequestedBy) = (true, r.RequestedBy);
                s.RevertReason = $"reverted by {r.RequestedBy}" + (string.IsNullOrWhiteSpace(r.Reason) ? "" : $": {r.Reason}");
                s.Outcome = null;
                s.RetirementTokenId = null;
                break;
            case Retried r:
                s.RetriedAs.Add(r.NewDeploymentId);
                break;
            case ControlRefused or NotificationNotDelivered:
                break;
            default:
                return false;
        }

        return true;
    }

    private static void EndPause(DeploymentState s, bool endPauseStep, DateTimeOffset at)
    {
        if (s.IsPaused && s.WindowWaitingSince is not null)
        {
            // The maximum wait for a window counts the time the deployment could have gone on, not the time a person held it.
            s.WindowWaitingSince = at;
        }

        s.PauseRequested = false;
        s.IsPaused = false;
        if (endPauseStep)
        {
            s.WaitingForPromotion = false;
            s.StepPhase = StepPhases.PauseEnded;
            ClearWait(s);
        }
    }
}
