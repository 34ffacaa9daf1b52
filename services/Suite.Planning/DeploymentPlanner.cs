using Suite.Planning.ABTest;
using Suite.Planning.BlueGreen;
using Suite.Planning.Canary;
using Suite.Planning.Checks;
using Suite.Planning.Recreate;
using Suite.Planning.Rolling;
using Suite.Planning.Steps;

namespace Suite.Planning;

/// <summary>
/// Chooses the strategy's planner and checks what it needs. Pure, so the <c>suite plan</c>
/// command shows exactly the plan a deployment would follow, without a bus or a cluster.
/// </summary>
public static class DeploymentPlanner
{
    /// <summary>Rolling batches and Recreate's new version settle this long before their gate unless the request says otherwise.</summary>
    public static TimeSpan DefaultStabilization { get; } = TimeSpan.FromSeconds(10);

    public static PlanResult Plan(PlanInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<string>();
        var strategy = CheckStrategy(input.Strategy, errors);
        var replicas = input.Replicas ?? (input.CurrentReplicas > 0 ? input.CurrentReplicas : 1);
        CheckCounts(input, replicas, errors);
        var preset = strategy is null ? null : OptionChecks.Preset(strategy, input.Preset, errors);
        if (strategy is not null)
        {
            OptionChecks.RefuseForeign(strategy, input, errors);
        }

        var stabilization = Durations.NonZero(Durations.Read("stabilizationWait", input.StabilizationWait, DefaultStabilization, errors));
        var limits = strategy switch
        {
            DeploymentStrategies.Rolling => CheckRollingLimits(input, preset, replicas, errors),
            DeploymentStrategies.Recreate => new RollingLimits(0, replicas),
            _ => default,
        };
        var blueGreen = strategy == DeploymentStrategies.BlueGreen ? BlueGreenSettings.Read(input.BlueGreen, errors) : null;
        var canary = strategy == DeploymentStrategies.Canary ? CanaryScript.Read(input.CanarySteps, preset, errors) : [];
        var experiment = strategy == DeploymentStrategies.ABTest ? CheckExperiment(input, errors) : null;

        var result = new PlanResult
        {
            Strategy = strategy ?? input.Strategy ?? "",
            Preset = preset,
            DesiredReplicas = replicas,
            MaxSurge = limits.MaxSurge,
            MaxUnavailable = limits.MaxUnavailable,
        };
        if (errors.Count > 0)
        {
            return result with { Errors = errors };
        }

        var (old, running) = (input.CurrentReplicas, input.ImageReplicas);
        var steps = strategy switch
        {
            DeploymentStrategies.Recreate => RecreatePlanner.Plan(replicas, old, running, stabilization),
            DeploymentStrategies.Rolling => RollingStrategy.Plan(replicas, limits, old, running, stabilization, WorstFirst(preset, input)),

            // Nothing serves yet, so there is no stable version to shield: the new one comes up at once and is gated.
            _ when old == 0 => RollingStrategy.Plan(replicas, new RollingLimits(replicas, 0), old, running, stabilization),
            DeploymentStrategies.BlueGreen => BlueGreenPlanner.Plan(replicas, old, running, blueGreen!),
            DeploymentStrategies.Canary => CanaryPlanner.Plan(replicas, old, running, canary),
            _ => ABTestPlanner.Plan(replicas, old, running, input.HeaderRoute!, experiment),
        };
        if (steps.Count == 0 && input.CurrentImage is not null)
        {
            steps = Retire(replicas);
        }

        return Summarize(result, strategy!, steps, input, blueGreen);
    }

    private static PlanResult Summarize(PlanResult result, string strategy, IReadOnlyList<PlanStep> steps, PlanInput input, BlueGreenSettings? blueGreen)
    {
        var (running, old) = (input.ImageReplicas, input.CurrentReplicas);
        var minAvailable = PlanTotals.MinAvailable(steps, running, old);
        var maxTotal = PlanTotals.MaxTotal(steps, running, old);
        var derived = strategy is not (DeploymentStrategies.Rolling or DeploymentStrategies.Recreate);
        return result with
        {
            Steps = steps,
            MaxSurge = derived ? Math.Max(0, maxTotal - result.DesiredReplicas) : result.MaxSurge,
            MaxUnavailable = derived ? Math.Max(0, result.DesiredReplicas - minAvailable) : result.MaxUnavailable,
            ScaleDownDelay = blueGreen?.ScaleDownDelay,
            MinAvailable = minAvailable,
            MaxTotal = maxTotal,
            ExpectedDuration = PlanTotals.ExpectedDuration(steps, running, old, input.Timings),
        };
    }

    // The new version already runs in full but another version still has pods that never became
    // ready: one step scales that version to zero.
    private static IReadOnlyList<PlanStep> Retire(int replicas) =>
    [
        new PlanStep
        {
            Index = 1, Kind = PlanStepKinds.ScaleDownOld, NewReplicas = replicas, OldReplicas = 0, MinAvailable = replicas, MaxTotal = replicas,
            Description = "scale away the old version's pods that never became ready",
        },
    ];

    private static IReadOnlyList<string>? WorstFirst(string? preset, PlanInput input) =>
        preset == StrategyPresets.Adaptive ? PodRanking.WorstFirst(input.CurrentPods) : null;

    private static string? CheckStrategy(string? text, List<string> errors)
    {
        var strategy = string.IsNullOrWhiteSpace(text) ? DeploymentStrategies.Rolling : DeploymentStrategies.Normalize(text);
        if (strategy is null)
        {
            errors.Add($"unknown strategy '{text}'; use {string.Join(", ", DeploymentStrategies.All)}");
        }

        return strategy;
    }

    private static void CheckCounts(PlanInput input, int replicas, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(input.Image))
        {
            errors.Add("image is required");
        }

        if (replicas < 1)
        {
            errors.Add($"replicas must be at least 1, not {replicas}");
        }

        if (input.CurrentReplicas < 0)
        {
            errors.Add($"current replicas may not be negative, not {input.CurrentReplicas}");
        }

        if (input.ImageReplicas < 0)
        {
            errors.Add($"replicas of the requested image may not be negative, not {input.ImageReplicas}");
        }
    }

    private static TimeSpan? CheckExperiment(PlanInput input, List<string> errors)
    {
        if (input.HeaderRoute is null)
        {
            errors.Add("the ABTest strategy needs a headerRoute: the header (name and value) whose requests go to the new version");
        }
        else
        {
            HeaderRoutes.Check(input.HeaderRoute, errors);
        }

        return Durations.Read("experimentDuration", input.ExperimentDuration, null, errors);
    }

    private static RollingLimits CheckRollingLimits(PlanInput input, string? preset, int replicas, List<string> errors)
    {
        if (preset is not null && (input.MaxSurge is not null || input.MaxUnavailable is not null))
        {
            errors.Add($"preset '{preset}' sets maxSurge and maxUnavailable itself; give either the preset or maxSurge/maxUnavailable");
            return default;
        }

        var (surge, unavailable) = preset is not null
            ? RollingPresets.Limits(preset)
            : (Parse("maxSurge", input.MaxSurge, errors), Parse("maxUnavailable", input.MaxUnavailable, errors));
        if (surge is { IsZero: true } && unavailable is { IsZero: true })
        {
            errors.Add("maxSurge and maxUnavailable may not both be 0: no pod could ever be replaced");
        }

        return surge is { } s && unavailable is { } u && replicas >= 1
            ? RollingLimits.Resolve(replicas, s, u)
            : default;
    }

    private static IntOrPercent? Parse(string name, string? text, List<string> errors)
    {
        if (text is null)
        {
            return RollingLimits.Default;
        }

        if (IntOrPercent.TryParse(text, out var value, out var error))
        {
            return value;
        }

        errors.Add($"{name} {error}");
        return null;
    }
}
