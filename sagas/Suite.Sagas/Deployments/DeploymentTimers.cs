using History = Suite.Sagas.History;

namespace Suite.Sagas.Deployments;

/// <summary>
/// The saga's timed waits as scheduled messages, each with a token recorded in the history. A
/// message scheduled earlier, or one that fires after a pause or an end, carries another token and
/// is ignored: schedulers need not cancel.
/// </summary>
internal static class DeploymentTimers
{
    /// <summary>A window closed for longer is rechecked daily: timers cannot wait ~50 days, and a day is a fine grain for a freeze.</summary>
    public static readonly TimeSpan MaxScheduleDelay = TimeSpan.FromDays(1);

    private static readonly TimeSpan MinRecheckDelay = TimeSpan.FromSeconds(1);

    public static async Task WindowRecheck(BehaviorContext<DeploymentState> context, TimeSpan interval, DateTimeOffset now)
    {
        var s = context.Saga;
        var due = s.WindowRecheckAt ?? s.WindowReopensAt ?? now + interval;
        if (s.WindowGiveUpAt is { } giveUp && giveUp < due)
        {
            // A recheck at the give-up time that still finds it closed fails the deployment.
            due = giveUp;
        }

        // Never at once: a reopening the service's clock puts a moment behind the saga's would otherwise be asked about in a tight loop.
        var delay = Bounded(due - now < MinRecheckDelay ? MinRecheckDelay : due - now);
        var token = NewId.NextGuid();
        await Schedule(context, now + delay,
            new WindowRecheckDue { DeploymentId = s.CorrelationId, TokenId = token });
        await HistoryRecorder.Record(context, new History.WindowRecheckScheduled(token, now + delay, now));
    }

    /// <summary>The end of the wait for an approval (or a day of it, when it is longer: the timer is armed again then).</summary>
    public static async Task ApprovalWait(BehaviorContext<DeploymentState> context, DateTimeOffset giveUpAt, DateTimeOffset now)
    {
        var delay = Bounded(giveUpAt - now);
        var token = NewId.NextGuid();
        await Schedule(context, now + delay,
            new ApprovalWaitDue { DeploymentId = context.Saga.CorrelationId, TokenId = token });
        await HistoryRecorder.Record(context, new History.ApprovalAwaited(context.Saga.ApprovalReason, token, giveUpAt, now));
    }

    /// <summary>A stabilization wait or a timed pause of <paramref name="stepIndex"/>.</summary>
    public static async Task StepWait(BehaviorContext<DeploymentState> context, int stepIndex, string kind, TimeSpan duration, DateTimeOffset now)
    {
        var delay = Bounded(duration);
        var token = NewId.NextGuid();
        await Schedule(context, now + delay,
            new StepWaitDue { DeploymentId = context.Saga.CorrelationId, TokenId = token });
        await HistoryRecorder.Record(context, new History.WaitStarted(stepIndex, kind, token, now + delay, now));
    }

    /// <summary>
    /// After success: a previous version still warm is retired once the rollback window (or
    /// blue-green's scale-down delay, if longer) is over, at once when both are zero; a route left
    /// behind with nothing warm is cleared at once. Nothing to do otherwise.
    /// </summary>
    public static async Task RollbackWindow(BehaviorContext<DeploymentState> context, DateTimeOffset now)
    {
        var s = context.Saga;
        var warm = s.PreviousImage is not null && s.OldReady > 0;
        var delay = Bounded(s.RollbackWindow > (s.ScaleDownDelay ?? TimeSpan.Zero) ? s.RollbackWindow : s.ScaleDownDelay ?? TimeSpan.Zero);
        if (warm && delay > TimeSpan.Zero)
        {
            var token = NewId.NextGuid();
            await Schedule(context, now + delay,
                new RetirementDue { DeploymentId = s.CorrelationId, TokenId = token });
            await HistoryRecorder.Record(context, new History.RetirementScheduled(token, now + delay, now));
        }
        else if (warm || s.RouteWeight is not null || s.RouteHeader is not null)
        {
            await Retire(context, now);
        }
    }

    public static async Task Retire(BehaviorContext<DeploymentState> context, DateTimeOffset now)
    {
        await HistoryRecorder.Record(context, new History.RetirementStarted(context.Saga.PreviousImage, now));
        await DeploymentCommands.Retire(context, now);
    }

    /// <summary>
    /// Sends <paramref name="message"/> back to the saga at <paramref name="at"/> on the saga's clock. A delay
    /// would be added to the wall clock by MassTransit, which a test's or the demo's clock does not follow.
    /// </summary>
    public static Task Schedule<T>(BehaviorContext<DeploymentState> context, DateTimeOffset at, T message)
        where T : class =>
        context.ScheduleSend(context.ReceiveContext.InputAddress, at.UtcDateTime, message, context.CancellationToken);

    private static TimeSpan Bounded(TimeSpan delay) => delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxScheduleDelay ? MaxScheduleDelay : delay;
}
