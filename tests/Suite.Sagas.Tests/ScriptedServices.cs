using System.Collections.Concurrent;
using Suite.Contracts.Compliance;
using Suite.Contracts.Draining;
using Suite.Contracts.Gates;
using Suite.Contracts.Planning;
using Suite.Contracts.Rollout;
using Suite.Contracts.Traffic;

namespace Suite.Sagas.Tests;

/// <summary>
/// What the services answer in a saga test. Each answer can be changed per test, and a command
/// type can be held (received but not answered) so that a test acts while it is in flight.
/// </summary>
public sealed class ServiceScript
{
    public ConcurrentQueue<object> Commands { get; } = new();
    public ConcurrentDictionary<Type, bool> Held { get; } = new();
    public bool WindowOpen { get; set; } = true;
    public DateTimeOffset? WindowReopensAt { get; set; }
    public string? PreviousImage { get; set; } = "shop:v1";
    public int PreviousReplicas { get; set; } = 4;
    public Func<EvaluateGate, bool> GatePasses { get; set; } = _ => true;
    public int? RolloutFailsAtStep { get; set; }
    public bool PlanningFails { get; set; }
    public bool RollbackFails { get; set; }
    public bool WindowClosedForGood { get; set; }

    /// <summary>Command types whose consumer throws, so that MassTransit publishes a Fault for them.</summary>
    public ConcurrentDictionary<Type, bool> Throws { get; } = new();

    /// <summary>A gate stage the quality gates receive but do not answer.</summary>
    public string? HeldGateStage { get; set; }

    /// <summary>Four replicas replaced one at a time (maxSurge 1, maxUnavailable 0).</summary>
    public IReadOnlyList<PlanStep> Steps { get; set; } =
    [
        new() { Index = 1, NewReplicas = 1, OldReplicas = 3, MinAvailable = 4, MaxTotal = 5 },
        new() { Index = 2, NewReplicas = 2, OldReplicas = 2, MinAvailable = 4, MaxTotal = 5 },
        new() { Index = 3, NewReplicas = 3, OldReplicas = 1, MinAvailable = 4, MaxTotal = 5 },
        new() { Index = 4, NewReplicas = 4, OldReplicas = 0, MinAvailable = 4, MaxTotal = 5 },
    ];

    public IEnumerable<T> Sent<T>() => Commands.OfType<T>();

    public void Hold<T>() => Held[typeof(T)] = true;

    internal bool Answers<T>(T command)
        where T : class
    {
        Commands.Enqueue(command);
        if (Throws.GetValueOrDefault(typeof(T)))
        {
            throw new InvalidOperationException($"{typeof(T).Name} blew up");
        }

        return !Held.GetValueOrDefault(typeof(T));
    }
}

public sealed class ScriptedComplianceWindows(ServiceScript script) : IConsumer<CheckComplianceWindow>
{
    public Task Consume(ConsumeContext<CheckComplianceWindow> context) =>
        !script.Answers(context.Message) ? Task.CompletedTask : context.Publish(new ComplianceWindowChecked
        {
            DeploymentId = context.Message.DeploymentId, IsOpen = script.WindowOpen, Profile = "default",
            Reason = script.WindowClosedForGood ? "unknown compliance profile 'prod-typo'" : script.WindowOpen ? null : "change freeze: quarter close",
            ReopensAt = script.WindowReopensAt, Permanent = script.WindowClosedForGood,
        });
}

public sealed class ScriptedTrafficAnalysis(ServiceScript script) : IConsumer<AnalyzeTraffic>
{
    public Task Consume(ConsumeContext<AnalyzeTraffic> context) =>
        !script.Answers(context.Message) ? Task.CompletedTask : context.Publish(new TrafficAnalyzed
        {
            DeploymentId = context.Message.DeploymentId, CurrentImage = script.PreviousImage,
            Baseline = new VersionMetrics { Image = script.PreviousImage ?? "", RequestsPerSecond = 200, ErrorRate = 0.002, P95LatencyMs = 120 },
        });
}

public sealed class ScriptedPlanning(ServiceScript script) : IConsumer<PlanDeployment>
{
    public Task Consume(ConsumeContext<PlanDeployment> context)
    {
        if (!script.Answers(context.Message))
        {
            return Task.CompletedTask;
        }

        return script.PlanningFails
            ? context.Publish(new PlanningFailed { DeploymentId = context.Message.DeploymentId, Reason = "no such namespace" })
            : context.Publish(new DeploymentPlanned
            {
                DeploymentId = context.Message.DeploymentId, Strategy = context.Message.Strategy, PreviousImage = script.PreviousImage,
                PreviousReplicas = script.PreviousReplicas, DesiredReplicas = 4, MaxSurge = 1, MaxUnavailable = 0, Steps = script.Steps,
            });
    }
}

public sealed class ScriptedQualityGates(ServiceScript script) : IConsumer<EvaluateGate>
{
    public Task Consume(ConsumeContext<EvaluateGate> context)
    {
        if (!script.Answers(context.Message) || context.Message.Stage == script.HeldGateStage)
        {
            return Task.CompletedTask;
        }

        var passed = script.GatePasses(context.Message);
        return context.Publish(new GateEvaluated
        {
            DeploymentId = context.Message.DeploymentId, Stage = context.Message.Stage, StepIndex = context.Message.StepIndex,
            Passed = passed, Summary = passed ? "error rate 0.20% vs baseline 0.20%: ok" : "error rate 5.00% vs baseline 0.20%: failed",
        });
    }
}

public sealed class ScriptedRollout(ServiceScript script) : IConsumer<ApplyRolloutStep>, IConsumer<RollBackDeployment>
{
    public Task Consume(ConsumeContext<ApplyRolloutStep> context)
    {
        if (!script.Answers(context.Message))
        {
            return Task.CompletedTask;
        }

        return script.RolloutFailsAtStep == context.Message.StepIndex
            ? context.Publish(new RolloutStepFailed { DeploymentId = context.Message.DeploymentId, StepIndex = context.Message.StepIndex, Reason = "0 of 1 pods ready after 5m" })
            : context.Publish(new RolloutStepApplied
            {
                DeploymentId = context.Message.DeploymentId, StepIndex = context.Message.StepIndex,
                ReadyReplicas = context.Message.Replicas, DesiredReplicas = context.Message.Replicas,
            });
    }

    public Task Consume(ConsumeContext<RollBackDeployment> context)
    {
        if (!script.Answers(context.Message))
        {
            return Task.CompletedTask;
        }

        return script.RollbackFails
            ? context.Publish(new Contracts.Rollout.RollbackFailed { DeploymentId = context.Message.DeploymentId, Reason = "API server unreachable" })
            : context.Publish(new RollbackApplied { DeploymentId = context.Message.DeploymentId, RestoredReplicas = context.Message.PreviousReplicas });
    }
}

public sealed class ScriptedDraining(ServiceScript script) : IConsumer<DrainPods>
{
    public Task Consume(ConsumeContext<DrainPods> context) =>
        !script.Answers(context.Message) ? Task.CompletedTask : context.Publish(new PodsDrained
        {
            DeploymentId = context.Message.DeploymentId, StepIndex = context.Message.StepIndex, RemainingReplicas = context.Message.TargetReplicas,
        });
}
