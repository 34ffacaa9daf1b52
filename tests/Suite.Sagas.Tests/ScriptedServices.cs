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

    /// <summary>The new version fails every gate that sees it serve traffic (its errors follow its share of the traffic).</summary>
    public bool BadVersion { get; set; }

    public ScriptedCluster Cluster { get; } = new();

    /// <summary>How long after the rollback command the previous version is fully serving again.</summary>
    public TimeSpan RollbackTakes { get; set; } = TimeSpan.FromMilliseconds(1800);

    public TimeSpan? ScaleDownDelay { get; set; }
    public int? RolloutFailsAtStep { get; set; }

    /// <summary>What the rollout reports having scaled the new version to, given what it was asked (e.g. an autoscaler that overrides it).</summary>
    public Func<int, int> ScaledTo { get; set; } = asked => asked;
    public bool PlanningFails { get; set; }
    public bool RollbackFails { get; set; }
    public bool RouteFails { get; set; }
    public bool WindowClosedForGood { get; set; }

    /// <summary>When set, the compliance service's whole answer (the fields above are not used).</summary>
    public Func<CheckComplianceWindow, ComplianceWindowChecked>? WindowAnswer { get; set; }

    /// <summary>Command types whose consumer throws, so that MassTransit publishes a Fault for them.</summary>
    public ConcurrentDictionary<Type, bool> Throws { get; } = new();

    /// <summary>A gate stage the quality gates receive but do not answer.</summary>
    public string? HeldGateStage { get; set; }

    /// <summary>Four replicas replaced one at a time (maxSurge 1, maxUnavailable 0), a gate after each.</summary>
    public IReadOnlyList<PlanStep> Steps { get; set; } = ScriptedPlans.Rolling();

    /// <summary>Holds the commands it is true of (received but not answered), whatever their type.</summary>
    public Func<object, bool>? HoldWhen { get; set; }

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

        return !Held.GetValueOrDefault(typeof(T)) && !(HoldWhen?.Invoke(command) ?? false);
    }
}

public sealed class ScriptedComplianceWindows(ServiceScript script) : IConsumer<CheckComplianceWindow>
{
    public Task Consume(ConsumeContext<CheckComplianceWindow> context) =>
        !script.Answers(context.Message) ? Task.CompletedTask : context.Publish(script.WindowAnswer is { } answer
            ? answer(context.Message) with { DeploymentId = context.Message.DeploymentId, StepIndex = context.Message.StepIndex }
            : Default(context.Message));

    /// <summary>Open or closed as scripted; like the real service, an override in force opens a window that is not closed for good.</summary>
    private ComplianceWindowChecked Default(CheckComplianceWindow check)
    {
        var overridden = !script.WindowOpen && check.Overridden && !script.WindowClosedForGood;
        var open = script.WindowOpen || overridden;
        return new ComplianceWindowChecked
        {
            DeploymentId = check.DeploymentId, IsOpen = open, Profile = "default", StepIndex = check.StepIndex, Overridden = overridden,
            Reason = script.WindowClosedForGood ? "unknown compliance profile 'prod-typo'" : open ? null : "change freeze: quarter close",
            ReopensAt = open ? null : script.WindowReopensAt, Permanent = script.WindowClosedForGood, OverrideAllowed = true,
        };
    }
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

        script.Cluster.Seed(script.PreviousImage is null ? 0 : script.PreviousReplicas);
        return script.PlanningFails
            ? context.Publish(new PlanningFailed { DeploymentId = context.Message.DeploymentId, Reason = "no such namespace" })
            : context.Publish(new DeploymentPlanned
            {
                DeploymentId = context.Message.DeploymentId, Strategy = context.Message.Strategy, PreviousImage = script.PreviousImage,
                PreviousReplicas = script.PreviousReplicas, DesiredReplicas = 4, MaxSurge = 1, MaxUnavailable = 0, Steps = script.Steps,
                ScaleDownDelay = script.ScaleDownDelay,
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

        var share = script.Cluster.NewShare;
        var seen = script.BadVersion && share > 0;
        var passed = script.GatePasses(context.Message) && !seen;
        return context.Publish(new GateEvaluated
        {
            DeploymentId = context.Message.DeploymentId, Stage = context.Message.Stage, StepIndex = context.Message.StepIndex, Passed = passed,
            Summary = (passed ? "error rate 0.20% vs baseline 0.20%: ok" : "error rate 5.00% vs baseline 0.20%: failed") + $" (new version serves {share:P0})",
        });
    }
}

public sealed class ScriptedRollout(ServiceScript script, TimeProvider time)
    : IConsumer<ApplyRolloutStep>, IConsumer<RollBackDeployment>, IConsumer<SetTrafficRoute>, IConsumer<RetirePreviousVersion>
{
    public Task Consume(ConsumeContext<ApplyRolloutStep> context)
    {
        if (!script.Answers(context.Message))
        {
            return Task.CompletedTask;
        }

        if (script.RolloutFailsAtStep == context.Message.StepIndex)
        {
            return context.Publish(new RolloutStepFailed { DeploymentId = context.Message.DeploymentId, StepIndex = context.Message.StepIndex, Reason = "0 of 1 pods ready after 5m" });
        }

        var replicas = script.ScaledTo(context.Message.Replicas);
        script.Cluster.ScaleNew(replicas);
        return context.Publish(new RolloutStepApplied
        {
            DeploymentId = context.Message.DeploymentId, StepIndex = context.Message.StepIndex, ReadyReplicas = replicas, DesiredReplicas = replicas,
        });
    }

    public Task Consume(ConsumeContext<RollBackDeployment> context)
    {
        if (!script.Answers(context.Message))
        {
            return Task.CompletedTask;
        }

        if (script.RollbackFails)
        {
            return context.Publish(new Contracts.Rollout.RollbackFailed { DeploymentId = context.Message.DeploymentId, Reason = "API server unreachable" });
        }

        script.Cluster.RollBack(context.Message.PreviousReplicas);
        return context.Publish(new RollbackApplied
        {
            DeploymentId = context.Message.DeploymentId, RestoredReplicas = context.Message.PreviousReplicas,
            FullyServingAt = time.GetUtcNow() + script.RollbackTakes, AppliedAt = time.GetUtcNow() + script.RollbackTakes,
        });
    }

    public Task Consume(ConsumeContext<SetTrafficRoute> context)
    {
        if (!script.Answers(context.Message))
        {
            return Task.CompletedTask;
        }

        if (script.RouteFails)
        {
            return context.Publish(new TrafficRouteFailed { DeploymentId = context.Message.DeploymentId, StepIndex = context.Message.StepIndex, Reason = "no router for this application" });
        }

        script.Cluster.Route(context.Message.WeightPercent, context.Message.HeaderRoute);
        return context.Publish(new TrafficRouteSet
        {
            DeploymentId = context.Message.DeploymentId, StepIndex = context.Message.StepIndex, WeightPercent = context.Message.WeightPercent,
        });
    }

    public Task Consume(ConsumeContext<RetirePreviousVersion> context)
    {
        if (!script.Answers(context.Message))
        {
            return Task.CompletedTask;
        }

        script.Cluster.Retire();
        return context.Publish(new PreviousVersionRetired { DeploymentId = context.Message.DeploymentId, RetiredAt = time.GetUtcNow() });
    }
}

public sealed class ScriptedDraining(ServiceScript script) : IConsumer<DrainPods>
{
    public Task Consume(ConsumeContext<DrainPods> context)
    {
        if (!script.Answers(context.Message))
        {
            return Task.CompletedTask;
        }

        script.Cluster.ScaleOld(context.Message.TargetReplicas);
        return context.Publish(new PodsDrained
        {
            DeploymentId = context.Message.DeploymentId, StepIndex = context.Message.StepIndex, RemainingReplicas = context.Message.TargetReplicas,
        });
    }
}
