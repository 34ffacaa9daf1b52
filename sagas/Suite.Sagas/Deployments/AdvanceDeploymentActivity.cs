using Microsoft.Extensions.Options;
using Suite.Contracts.Compliance;
using Suite.Contracts.Draining;
using Suite.Contracts.Gates;
using Suite.Contracts.Planning;
using Suite.Contracts.Rollout;
using Suite.Contracts.Traffic;
using Suite.Sagas.Leases;
using History = Suite.Sagas.History;

namespace Suite.Sagas.Deployments;

/// <summary>
/// Carries out <see cref="DeploymentProgress.Next"/> at a step boundary: sends the next command,
/// or records the pause, abort, failure, rollback or success it calls for; announces the end once
/// there is an outcome; then moves the saga to <see cref="DeploymentProgress.StateOf"/>.
/// </summary>
public sealed class AdvanceDeploymentActivity(TimeProvider time, IDeploymentLeases leases, IOptions<DeploymentTimings> timings)
    : IStateMachineActivity<DeploymentState>
{
    /// <summary>A window closed for longer is rechecked daily: timers cannot wait ~50 days, and a day is a fine grain for a freeze.</summary>
    public static readonly TimeSpan MaxScheduleDelay = TimeSpan.FromDays(1);

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
        var again = true;
        while (again)
        {
            again = false;
            switch (DeploymentProgress.Next(s))
            {
                case NextAction.CheckWindow:
                    await Send(context, ServiceQueues.ComplianceWindows, new CheckComplianceWindow
                    {
                        DeploymentId = s.CorrelationId, Application = s.Application, Environment = s.Environment,
                        ComplianceProfile = s.ComplianceProfile, RequestedAt = now,
                    });
                    break;
                case NextAction.AwaitWindow:
                    await ScheduleWindowRecheck(context, now);
                    await context.Publish(new DeploymentWaitingForWindow
                    {
                        DeploymentId = s.CorrelationId, Application = s.Application, Environment = s.Environment,
                        Reason = s.WindowClosedReason ?? "closed", ReopensAt = s.WindowReopensAt, OccurredAt = now,
                    });
                    break;
                case NextAction.AnalyzeTraffic:
                    await Send(context, ServiceQueues.TrafficAnalysis, new AnalyzeTraffic
                    {
                        DeploymentId = s.CorrelationId, Application = s.Application, Namespace = s.Namespace, RequestedAt = now,
                    });
                    break;
                case NextAction.Plan:
                    await Send(context, ServiceQueues.Planning, new PlanDeployment
                    {
                        DeploymentId = s.CorrelationId, Application = s.Application, Namespace = s.Namespace, Image = s.Image,
                        Strategy = s.Strategy, Replicas = s.Replicas, MaxSurge = s.MaxSurge, MaxUnavailable = s.MaxUnavailable,
                        RequestedAt = now,
                    });
                    break;
                case NextAction.PreflightGate:
                    await SendGate(context, GateStages.PreDeployment, 0, now);
                    break;
                case NextAction.RollOut:
                    var step = DeploymentProgress.CurrentStep(s)!;
                    await HistoryRecorder.Record(context, new History.StepStarted(step.Index, step.NewReplicas, step.OldReplicas, now));
                    await Send(context, ServiceQueues.Rollout, new ApplyRolloutStep
                    {
                        DeploymentId = s.CorrelationId, Application = s.Application, Namespace = s.Namespace, Image = s.Image,
                        StepIndex = step.Index, Replicas = step.NewReplicas, RequestedAt = now,
                    });
                    break;
                case NextAction.Drain:
                    again = await Drain(context, DeploymentProgress.CurrentStep(s)!, now);
                    break;
                case NextAction.VerifyStep:
                    await SendGate(context, GateStages.PostStep, DeploymentProgress.CurrentStep(s)!.Index, now);
                    break;
                case NextAction.FinalGate:
                    await SendGate(context, GateStages.Final, s.Steps.Count, now);
                    break;
                case NextAction.Succeed:
                    await HistoryRecorder.Record(context, new History.Succeeded(now));
                    break;
                case NextAction.Pause:
                    await HistoryRecorder.Record(context, new History.Paused(now));
                    await context.Publish(new DeploymentPaused
                    {
                        DeploymentId = s.CorrelationId, Application = s.Application, Environment = s.Environment,
                        RequestedBy = s.PauseRequestedBy ?? "", Reason = s.PauseReason, OccurredAt = now,
                    });
                    break;
                case NextAction.Abort:
                    await HistoryRecorder.Record(context, new History.Aborted(s.AbortReason ?? "aborted", now));
                    break;
                case NextAction.Fail:
                    await HistoryRecorder.Record(context, new History.Failed(s.FailureReason!, now));
                    break;
                case NextAction.RollBack:
                    await HistoryRecorder.Record(context, new History.RollbackStarted(s.FailureReason ?? s.AbortReason ?? "rollback", now));
                    await Send(context, ServiceQueues.Rollout, new RollBackDeployment
                    {
                        DeploymentId = s.CorrelationId, Application = s.Application, Namespace = s.Namespace, Image = s.Image,
                        PreviousImage = s.PreviousImage, PreviousReplicas = s.PreviousReplicas, Reason = s.RollbackReason!,
                        RequestedAt = now,
                    });
                    break;
            }
        }

        if (s.Outcome is not null)
        {
            await End(context, now);
        }

        await context.TransitionToState(context.StateMachine.GetState(DeploymentProgress.StateOf(s)));
    }

    /// <summary>Drains the old version; with no old version (a first deployment) there is nothing to drain, and the step goes on at once.</summary>
    private static async Task<bool> Drain(BehaviorContext<DeploymentState> context, PlanStep step, DateTimeOffset now)
    {
        var s = context.Saga;
        if (s.PreviousImage is null)
        {
            await HistoryRecorder.Record(context, new History.StepDrained(step.Index, 0, now));
            return true;
        }

        await Send(context, ServiceQueues.Draining, new DrainPods
        {
            DeploymentId = s.CorrelationId, Application = s.Application, Namespace = s.Namespace, Image = s.PreviousImage,
            StepIndex = step.Index, TargetReplicas = step.OldReplicas, RequestedAt = now,
        });
        return false;
    }

    private static Task SendGate(BehaviorContext<DeploymentState> context, string stage, int stepIndex, DateTimeOffset now)
    {
        var s = context.Saga;
        return Send(context, ServiceQueues.QualityGates, new EvaluateGate
        {
            DeploymentId = s.CorrelationId, Application = s.Application, Namespace = s.Namespace, Stage = stage,
            StepIndex = stepIndex, Image = s.Image, PreviousImage = s.PreviousImage ?? s.CurrentImage, Baseline = s.Baseline,
            RequestedAt = now,
        });
    }

    private static async Task Send<T>(BehaviorContext<DeploymentState> context, string queue, T command)
        where T : class
    {
        var endpoint = await context.GetSendEndpoint(ServiceQueues.Address(queue));
        await endpoint.Send(command, context.CancellationToken);
    }

    /// <summary>
    /// The one place a deployment ends: every path to an outcome (here, or a handler that recorded
    /// it) advances once more, and terminal states never do, so this runs exactly once.
    /// </summary>
    private async Task End(BehaviorContext<DeploymentState> context, DateTimeOffset now)
    {
        await leases.ReleaseAsync(context.Saga.Namespace, context.Saga.Application, context.Saga.CorrelationId, context.CancellationToken);
        await context.Publish(DeploymentEnding.Announcement(context.Saga, now), context.CancellationToken);
    }

    /// <summary>
    /// Schedules the recheck and records its token. A recheck scheduled earlier, or one that fires
    /// after a pause or an end, carries another token and is ignored: schedulers need not cancel.
    /// </summary>
    private async Task ScheduleWindowRecheck(BehaviorContext<DeploymentState> context, DateTimeOffset now)
    {
        var s = context.Saga;
        var delay = s.WindowReopensAt is { } reopens ? reopens - now : timings.Value.WindowRecheckInterval;
        delay = delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxScheduleDelay ? MaxScheduleDelay : delay;
        var token = NewId.NextGuid();
        await context.ScheduleSend(context.ReceiveContext.InputAddress, delay,
            new WindowRecheckDue { DeploymentId = s.CorrelationId, TokenId = token }, context.CancellationToken);
        await HistoryRecorder.Record(context, new History.WindowRecheckScheduled(token, now + delay, now));
    }
}
