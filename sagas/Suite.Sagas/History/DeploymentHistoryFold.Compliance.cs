using Suite.Contracts.Compliance;
using Suite.Sagas.Deployments;

namespace Suite.Sagas.History;

public static partial class DeploymentHistoryFold
{
    private static bool ApplyCompliance(DeploymentState s, IHistoryEvent e)
    {
        switch (e)
        {
            case WindowChecked w:
                Answered(s);
                ApplyWindow(s, w);
                break;
            case WindowRecheckScheduled r:
                s.WindowRecheckTokenId = r.TokenId;
                break;
            case WindowRecheckStarted:
                ClearWindowAnswer(s);
                break;
            case WindowWaitStarted w:
                (s.WindowWaitingSince, s.WindowWaitStep) = (w.At, w.StepIndex);
                break;
            case WindowReopened:
                (s.WindowWaitingSince, s.WindowWaitStep) = (null, null);
                break;
            case ApprovalAwaited a:
                (s.ApprovalTokenId, s.ApprovalGiveUpAt) = (a.TokenId, a.GiveUpAt);
                break;
            case ApprovalWaitExpired:
                s.ApprovalTokenId = null;
                s.LastError = s.FailureReason =
                    $"no approval within the maximum wait ({Wait(s.WindowMaxWait)}): {s.ApprovalReason ?? ComplianceDecisions.DefaultApprovalReason}";
                break;
            case ApprovalGranted g:
                s.ApprovedBy = g.Approver;
                s.ApprovalTokenId = null;
                break;
            case WindowOverridden o:
                s.OverriddenBy = o.Approver;
                if (!ApprovalPolicy.SamePerson(o.Approver, s.RequestedBy))
                {
                    // A second person who opens the window approves the deployment too; a break-glass override by the requester does not.
                    s.ApprovedBy ??= o.Approver;
                    s.ApprovalTokenId = null;
                }

                if (s.WindowClosedReason is not null)
                {
                    // Waiting for the window: ask again at once, now with the override.
                    ClearWindowAnswer(s);
                }

                break;
            case ApprovalRefused or OverrideRefused:
                break;
            default:
                return false;
        }

        return true;
    }

    private static void ApplyWindow(DeploymentState s, WindowChecked w)
    {
        s.WindowMaxWait = w.MaxWait ?? s.WindowMaxWait;
        (s.OverrideAllowed, s.OverrideRequiresSecondPerson) = (w.OverrideAllowed, w.OverrideRequiresSecondPerson);
        if (!w.OverrideAllowed)
        {
            // The profile forbids overrides: one accepted before the first answer, when nothing was known, does not count.
            s.OverriddenBy = null;
        }

        if (w.IsOpen)
        {
            ClearWindowAnswer(s);
            if (w.StepIndex is { } step)
            {
                s.WindowClearedStep = step;
            }
            else
            {
                s.WindowOpen = true;
                (s.RequiresApproval, s.ApprovalReason) = (w.RequiresApproval, w.ApprovalReason);
            }

            return;
        }

        var reason = w.Reason ?? "closed";
        s.LastClosedReason = reason;
        if (w.StepIndex is null)
        {
            s.WindowOpen = false;
        }

        if (s.OverriddenBy is not null && !w.Overridden && !w.Permanent)
        {
            // The answer to a check sent before the override came in: ask again, with it.
            ClearWindowAnswer(s);
            return;
        }

        (s.WindowClosedReason, s.WindowReopensAt, s.WindowRecheckAt, s.WindowGiveUpAt) = (reason, w.ReopensAt, w.RecheckAt, w.GiveUpAt);
        if (w.Permanent)
        {
            s.LastError = s.FailureReason = $"compliance window closed for good: {reason}";
        }
        else if (w.GiveUpAt is { } giveUp && (w.At >= giveUp || w.ReopensAt > giveUp))
        {
            s.LastError = s.FailureReason = $"compliance window closed longer than the maximum wait ({Wait(w.MaxWait)}): {reason}" +
                (w.ReopensAt is { } reopens ? $" (reopens {reopens:u})" : "");
        }
    }

    private static void ClearWindowAnswer(DeploymentState s)
    {
        (s.WindowClosedReason, s.WindowReopensAt, s.WindowRecheckAt, s.WindowGiveUpAt) = (null, null, null, null);
        s.WindowRecheckTokenId = null;
    }

    private static string Wait(TimeSpan? maxWait) => maxWait is { } wait ? Contracts.DurationText.Format(wait) : "the profile's";
}
