using History = Suite.Sagas.History;

namespace Suite.Sagas.Deployments;

/// <summary>
/// Holding for a closed compliance window and waiting for an approval. The first closed answer at a
/// boundary starts the hold (recorded, and announced once); every closed answer schedules the next
/// recheck, never later than the give-up time.
/// </summary>
internal static class ComplianceWaits
{
    public static async Task HoldForWindow(BehaviorContext<DeploymentState> context, TimeSpan recheckInterval, DateTimeOffset now)
    {
        var s = context.Saga;
        if (s.WindowWaitingSince is null)
        {
            var step = DeploymentProgress.WindowBoundary(s);
            await HistoryRecorder.Record(context, new History.WindowWaitStarted(step, s.WindowClosedReason!, s.WindowReopensAt, s.WindowGiveUpAt, now));
            await Announce(context, s.WindowClosedReason!, s.WindowReopensAt, s.WindowGiveUpAt, now);
        }

        await DeploymentTimers.WindowRecheck(context, recheckInterval, now);
    }

    public static async Task AwaitApproval(BehaviorContext<DeploymentState> context, TimeSpan defaultMaxWait, DateTimeOffset now)
    {
        var s = context.Saga;
        var first = s.ApprovalGiveUpAt is null;
        var giveUp = s.ApprovalGiveUpAt ?? now + (s.WindowMaxWait ?? defaultMaxWait);
        await DeploymentTimers.ApprovalWait(context, giveUp, now);
        if (first)
        {
            await Announce(context, $"{DeploymentWaitingForWindow.ApprovalReasonPrefix} {s.ApprovalReason ?? ComplianceDecisions.DefaultApprovalReason}", null, giveUp, now);
        }
    }

    private static Task Announce(BehaviorContext<DeploymentState> context, string reason, DateTimeOffset? reopensAt, DateTimeOffset? giveUpAt,
        DateTimeOffset now)
    {
        var s = context.Saga;
        return context.Publish(new DeploymentWaitingForWindow
        {
            DeploymentId = s.CorrelationId, Application = s.Application, Environment = s.Environment, Reason = reason, ReopensAt = reopensAt,
            StepIndex = DeploymentProgress.WindowBoundary(s), GiveUpAt = giveUpAt, OccurredAt = now,
        });
    }
}
