using Suite.Contracts.Compliance;
using Suite.Contracts.Draining;
using Suite.Contracts.Gates;
using Suite.Contracts.Planning;
using Suite.Contracts.Rollout;
using Suite.Contracts.Traffic;
using History = Suite.Sagas.History;

namespace Suite.Sagas.Deployments;

/// <summary>
/// The commands the saga sends to the services. Each is recorded as awaited, with a progress
/// deadline scheduled beside it: no answer by then fails the deployment.
/// </summary>
internal static class DeploymentCommands
{
    /// <summary>Asks about the start (before it) or about the step whose boundary the deployment is at.</summary>
    public static Task CheckWindow(BehaviorContext<DeploymentState> c, TimeSpan deadline, DateTimeOffset now)
    {
        var s = c.Saga;
        var step = DeploymentProgress.WindowBoundary(s);
        return Send(c, ServiceQueues.ComplianceWindows, AwaitedCommands.ComplianceWindow, step ?? 0,
            step is { } i ? $"the compliance window check before step {i}" : "the compliance window check", deadline, now,
            new CheckComplianceWindow
            {
                DeploymentId = s.CorrelationId, Application = s.Application, Environment = s.Environment,
                ComplianceProfile = s.ComplianceProfile, StepIndex = step, Overridden = s.OverriddenBy is not null,
                WaitingSince = s.WindowWaitingSince, RequestedAt = now,
            });
    }

    public static Task AnalyzeTraffic(BehaviorContext<DeploymentState> c, TimeSpan deadline, DateTimeOffset now) =>
        Send(c, ServiceQueues.TrafficAnalysis, AwaitedCommands.TrafficAnalysis, 0, "the traffic baseline", deadline, now,
            new AnalyzeTraffic { DeploymentId = c.Saga.CorrelationId, Application = c.Saga.Application, Namespace = c.Saga.Namespace, RequestedAt = now });

    public static Task Plan(BehaviorContext<DeploymentState> c, TimeSpan deadline, DateTimeOffset now)
    {
        var (s, o) = (c.Saga, c.Saga.Options);
        return Send(c, ServiceQueues.Planning, AwaitedCommands.Planning, 0, "the plan", deadline, now, new PlanDeployment
        {
            DeploymentId = s.CorrelationId, Application = s.Application, Namespace = s.Namespace, Image = s.Image, Strategy = s.Strategy,
            Replicas = s.Replicas, MaxSurge = s.MaxSurge, MaxUnavailable = s.MaxUnavailable, Preset = o.Preset, CanarySteps = o.CanarySteps,
            HeaderRoute = o.HeaderRoute, ExperimentDuration = o.ExperimentDuration, BlueGreen = o.BlueGreen, StabilizationWait = o.StabilizationWait,
            RequestedAt = now,
        });
    }

    public static Task Gate(BehaviorContext<DeploymentState> c, string stage, int stepIndex, TimeSpan deadline, DateTimeOffset now)
    {
        var s = c.Saga;
        var what = stage == GateStages.PostStep ? $"the gate after step {stepIndex}" : $"the {stage} gate";
        return Send(c, ServiceQueues.QualityGates, AwaitedCommands.Gate(stage), stepIndex, what, deadline, now, new EvaluateGate
        {
            DeploymentId = s.CorrelationId, Application = s.Application, Namespace = s.Namespace, Stage = stage, StepIndex = stepIndex,
            Image = s.Image, PreviousImage = s.PreviousImage ?? s.CurrentImage, Baseline = s.Baseline, RequestedAt = now,
        });
    }

    public static Task RollOut(BehaviorContext<DeploymentState> c, PlanStep step, TimeSpan deadline, DateTimeOffset now) =>
        Send(c, ServiceQueues.Rollout, AwaitedCommands.Rollout, step.Index, $"scaling the new version to {step.NewReplicas} in step {step.Index}",
            deadline, now, new ApplyRolloutStep
            {
                DeploymentId = c.Saga.CorrelationId, Application = c.Saga.Application, Namespace = c.Saga.Namespace, Image = c.Saga.Image,
                StepIndex = step.Index, Replicas = step.NewReplicas, RequestedAt = now,
            });

    public static Task Drain(BehaviorContext<DeploymentState> c, PlanStep step, TimeSpan deadline, DateTimeOffset now) =>
        Send(c, ServiceQueues.Draining, AwaitedCommands.Drain, step.Index, $"draining the old version to {step.OldReplicas} in step {step.Index}",
            deadline, now, new DrainPods
            {
                DeploymentId = c.Saga.CorrelationId, Application = c.Saga.Application, Namespace = c.Saga.Namespace, Image = c.Saga.PreviousImage!,
                StepIndex = step.Index, TargetReplicas = step.OldReplicas, RemoveFirst = step.RemoveFirst, RequestedAt = now,
            });

    public static Task Route(BehaviorContext<DeploymentState> c, PlanStep step, TimeSpan deadline, DateTimeOffset now) =>
        Send(c, ServiceQueues.Rollout, AwaitedCommands.Route, step.Index, $"the traffic route of step {step.Index}", deadline, now, new SetTrafficRoute
        {
            DeploymentId = c.Saga.CorrelationId, Application = c.Saga.Application, Namespace = c.Saga.Namespace, Image = c.Saga.Image,
            StepIndex = step.Index, WeightPercent = step.TrafficWeight, HeaderRoute = step.HeaderRoute, RequestedAt = now,
        });

    public static Task RollBack(BehaviorContext<DeploymentState> c, TimeSpan deadline, DateTimeOffset now) =>
        Send(c, ServiceQueues.Rollout, AwaitedCommands.Rollback, 0, $"the rollback to {c.Saga.PreviousImage ?? "nothing"}", deadline, now,
            new RollBackDeployment
            {
                DeploymentId = c.Saga.CorrelationId, Application = c.Saga.Application, Namespace = c.Saga.Namespace, Image = c.Saga.Image,
                PreviousImage = c.Saga.PreviousImage, PreviousReplicas = c.Saga.PreviousReplicas, Reason = c.Saga.RollbackReason!, RequestedAt = now,
            });

    public static Task Retire(BehaviorContext<DeploymentState> c, DateTimeOffset now) =>
        SendOnly(c, ServiceQueues.Rollout, new RetirePreviousVersion
        {
            DeploymentId = c.Saga.CorrelationId, Application = c.Saga.Application, Namespace = c.Saga.Namespace, Image = c.Saga.Image,
            PreviousImage = c.Saga.PreviousImage, RequestedAt = now,
        });

    /// <summary>Records the command as awaited, schedules its deadline (none when <paramref name="deadline"/> is zero), then sends it.</summary>
    private static async Task Send<T>(BehaviorContext<DeploymentState> c, string queue, string awaited, int stepIndex, string what,
        TimeSpan deadline, DateTimeOffset now, T command)
        where T : class
    {
        Guid? token = deadline > TimeSpan.Zero ? NewId.NextGuid() : null;
        await HistoryRecorder.Record(c, new History.CommandSent(awaited, stepIndex, what, token, token is null ? null : now + deadline, now));
        if (token is { } id)
        {
            await DeploymentTimers.Schedule(c, now + deadline, new ProgressDeadlineDue { DeploymentId = c.Saga.CorrelationId, TokenId = id });
        }

        await SendOnly(c, queue, command);
    }

    private static async Task SendOnly<T>(BehaviorContext<DeploymentState> c, string queue, T command)
        where T : class
    {
        var endpoint = await c.GetSendEndpoint(ServiceQueues.Address(queue));
        await endpoint.Send(command, c.CancellationToken);
    }
}
