using Microsoft.Extensions.Options;
using Suite.Contracts.Gates;
using Suite.Sagas.Leases;
using History = Suite.Sagas.History;

namespace Suite.Sagas.Deployments;

/// <summary>
/// Carries out <see cref="DeploymentProgress.Next"/> until the saga waits for something: sends the
/// next command, starts a wait, or records the pause, abort, failure, rollback or success it calls
/// for; announces the end once there is an outcome; then moves the saga to <see cref="DeploymentProgress.StateOf"/>.
/// </summary>
public sealed class AdvanceDeploymentActivity(TimeProvider time, IDeploymentLeases leases, IOptions<DeploymentTimings> timings)
    : IStateMachineActivity<DeploymentState>
{
    /// <summary>A window closed for longer is rechecked daily: timers cannot wait ~50 days, and a day is a fine grain for a freeze.</summary>
    public static readonly TimeSpan MaxScheduleDelay = DeploymentTimers.MaxScheduleDelay;

    public void Probe(ProbeContext context) => context.CreateScope("advance-deployment");

    public void Accept(StateMachineVisitor visitor) => visitor.Visit(this);

    public async Task Execute(BehaviorContext<DeploymentState> context, IBehavior<DeploymentState> next)
    {
        await Advance(context);
        await next.Execute(context);
    }

    public async Task Execute<T>(BehaviorContext<DeploymentState, T> context, IBehavior<DeploymentState, T> next)
        where T : class
    {
        await Advance(context);
        await next.Execute(context);
    }

    public Task Faulted<TException>(BehaviorExceptionContext<DeploymentState, TException> context, IBehavior<DeploymentState> next)
        where TException : Exception => next.Faulted(context);

    public Task Faulted<T, TException>(BehaviorExceptionContext<DeploymentState, T, TException> context, IBehavior<DeploymentState, T> next)
        where T : class
        where TException : Exception => next.Faulted(context);

    private async Task Advance(BehaviorContext<DeploymentState> context)
    {
        var s = context.Saga;
        var now = time.GetUtcNow();
        while (DeploymentProgress.Next(s) is var action && action is not (NextAction.Wait or NextAction.StayPaused))
        {
            await Do(context, action, now);
        }

        if (s.Outcome is not null)
        {
            await End(context, now);
        }

        await context.TransitionToState(context.StateMachine.GetState(DeploymentProgress.StateOf(s)));
    }

    /// <summary>Does one action; each records at least one history event, so the next <see cref="DeploymentProgress.Next"/> differs.</summary>
    private async Task Do(BehaviorContext<DeploymentState> context, NextAction action, DateTimeOffset now)
    {
        var s = context.Saga;
        var deadline = s.ProgressDeadline;
        var step = DeploymentProgress.CurrentStep(s);
        switch (action)
        {
            case NextAction.CheckWindow:
                await DeploymentCommands.CheckWindow(context, deadline, now);
                break;
            case NextAction.AwaitWindow:
                await ComplianceWaits.HoldForWindow(context, timings.Value.WindowRecheckInterval, now);
                break;
            case NextAction.WindowReopened:
                await HistoryRecorder.Record(context, new History.WindowReopened(s.WindowWaitStep, now - s.WindowWaitingSince!.Value, now));
                break;
            case NextAction.AwaitApproval:
                await ComplianceWaits.AwaitApproval(context, timings.Value.MaxWindowWait, now);
                break;
            case NextAction.AnalyzeTraffic:
                await DeploymentCommands.AnalyzeTraffic(context, deadline, now);
                break;
            case NextAction.Plan:
                await DeploymentCommands.Plan(context, deadline, now);
                break;
            case NextAction.PreflightGate:
                await DeploymentCommands.Gate(context, GateStages.PreDeployment, 0, deadline, now);
                break;
            case NextAction.RollOut:
                await StepActions.Start(context, step!, now);
                await DeploymentCommands.RollOut(context, step!, deadline, now);
                break;
            case NextAction.Drain:
                await StepActions.Start(context, step!, now);
                await DeploymentCommands.Drain(context, step!, deadline, now);
                break;
            case NextAction.Route:
                await StepActions.Start(context, step!, now);
                await DeploymentCommands.Route(context, step!, deadline, now);
                break;
            case NextAction.Stabilize:
                await DeploymentTimers.StepWait(context, step!.Index, StepWaits.Stabilization, StepProgress.WaitFor(s, step.Stabilization), now);
                break;
            case NextAction.VerifyStep:
                await DeploymentCommands.Gate(context, GateStages.PostStep, step!.Index, deadline, now);
                break;
            case NextAction.PauseStep:
                await StepActions.Pause(context, step!, now);
                break;
            case NextAction.CompleteStep:
                await StepActions.Complete(context, step!, now);
                break;
            case NextAction.FinalGate:
                await DeploymentCommands.Gate(context, GateStages.Final, s.Steps.Count, deadline, now);
                break;
            case NextAction.Succeed:
                await HistoryRecorder.Record(context, new History.Succeeded(now));
                await DeploymentTimers.RollbackWindow(context, now);
                break;
            case NextAction.Pause:
                await HistoryRecorder.Record(context, new History.Paused(now));
                await StepActions.PublishPaused(context, s.PauseRequestedBy ?? "", s.PauseReason, now);
                break;
            case NextAction.Abort:
                await HistoryRecorder.Record(context, new History.Aborted(s.AbortReason ?? "aborted", now));
                break;
            case NextAction.Fail:
                await HistoryRecorder.Record(context, new History.Failed(s.FailureReason!, now));
                break;
            case NextAction.RollBack:
                await HistoryRecorder.Record(context, new History.RollbackStarted(s.FailureReason ?? s.AbortReason ?? s.RevertReason ?? "rollback", now));
                await DeploymentCommands.RollBack(context, deadline > TimeSpan.Zero ? deadline : timings.Value.ProgressDeadline, now);
                await context.Publish(DeploymentEnding.RollingBack(s, now));
                break;
        }
    }

    /// <summary>
    /// The one place a deployment ends: every path to an outcome (here, or a handler that recorded
    /// it) advances once more, and terminal states never do (a revert first clears the outcome), so
    /// each outcome is announced once. The lease is given back (a revert takes it again until its rollback ends).
    /// </summary>
    private async Task End(BehaviorContext<DeploymentState> context, DateTimeOffset now)
    {
        await leases.ReleaseAsync(context.Saga.Namespace, context.Saga.Application, context.Saga.CorrelationId, context.CancellationToken);
        await context.Publish(DeploymentEnding.Announcement(context.Saga, now), context.CancellationToken);
    }
}
