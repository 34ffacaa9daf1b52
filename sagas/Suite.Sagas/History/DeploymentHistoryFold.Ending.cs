using Suite.Sagas.Deployments;

namespace Suite.Sagas.History;

public static partial class DeploymentHistoryFold
{
    private static bool ApplyEnding(DeploymentState s, IHistoryEvent e)
    {
        switch (e)
        {
            case Aborted a:
                Answered(s);
                s.LastError = a.Reason;
                s.Outcome = Outcomes.Aborted;
                s.WindowRecheckTokenId = null;
                break;
            case RollbackStarted r:
                s.IsPaused = false;
                s.WaitingForPromotion = false;
                s.WindowRecheckTokenId = null;
                ClearWait(s);
                s.RollbackReason = r.Reason;
                (s.RollbackStartedAt, s.RollbackCompletedAt) = (r.At, null);
                (s.RollbackTrafficSwitchedAt, s.RollbackRestoreStartedAt, s.RollbackPreviousReadyAt) = (null, null, null);
                break;
            case RollbackCompleted r:
                Answered(s);
                s.RollbackCompletedAt = r.FullyServingAt ?? r.At;
                (s.RollbackTrafficSwitchedAt, s.RollbackRestoreStartedAt, s.RollbackPreviousReadyAt) = (r.TrafficSwitchedAt, r.RestoreStartedAt, r.PreviousReadyAt);
                s.OldReady = r.RestoredReplicas;
                (s.NewReady, s.NewScaledTo, s.RouteWeight, s.RouteHeader) = (0, 0, null, null);
                s.Outcome = Outcomes.RolledBack;
                break;
            case RollbackFailed r:
                Answered(s);
                s.LastError = $"rollback failed: {r.Reason}";
                s.Outcome = Outcomes.Failed;
                break;
            case Succeeded:
                s.Outcome = Outcomes.Succeeded;
                break;
            case Failed f:
                Answered(s);
                s.LastError = f.Reason;
                s.Outcome = Outcomes.Failed;
                s.WindowRecheckTokenId = null;
                break;
            case RetirementScheduled r:
                (s.RetirementTokenId, s.RollbackWindowEndsAt) = (r.TokenId, r.DueAt);
                break;
            case RetirementStarted:
                (s.RetirementTokenId, s.Retiring) = (null, true);
                break;
            case RetirementCompleted:
                (s.Retiring, s.Retired) = (false, true);
                (s.OldReady, s.RouteWeight, s.RouteHeader) = (0, null, null);
                break;
            case RetirementFailed r:
                s.Retiring = false;
                s.LastError = $"retiring the previous version failed: {r.Reason}";
                break;
            default:
                return false;
        }

        return true;
    }
}
