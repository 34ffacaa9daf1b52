using Suite.Planning.Recreate;
using Suite.Planning.Rolling;

namespace Suite.Planning;

/// <summary>
/// Chooses the strategy's planner and checks what it needs. Pure, so the <c>suite plan</c>
/// command shows exactly the plan a deployment would follow, without a bus or a cluster.
/// </summary>
public static class DeploymentPlanner
{
    public static PlanResult Plan(PlanInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<string>();
        var strategy = CheckStrategy(input.Strategy, errors);
        var replicas = input.Replicas ?? (input.CurrentReplicas > 0 ? input.CurrentReplicas : 1);
        CheckCounts(input, replicas, errors);
        var limits = strategy == DeploymentStrategies.Recreate
            ? new RollingLimits(0, replicas)
            : CheckRollingLimits(input, replicas, errors);

        var result = new PlanResult
        {
            Strategy = strategy ?? input.Strategy ?? "",
            DesiredReplicas = replicas,
            MaxSurge = limits.MaxSurge,
            MaxUnavailable = limits.MaxUnavailable,
        };
        if (errors.Count > 0)
        {
            return result with { Errors = errors };
        }

        var steps = strategy == DeploymentStrategies.Recreate
            ? RecreatePlanner.Plan(replicas, input.CurrentReplicas, input.ImageReplicas)
            : RollingPlanner.Plan(replicas, limits, input.CurrentReplicas, input.ImageReplicas);
        return result with { Steps = steps.Count == 0 && input.CurrentImage is not null ? Retire(replicas) : steps };
    }

    // The new version already runs in full but another version still has pods that never became
    // ready: one step scales that version to zero.
    private static IReadOnlyList<PlanStep> Retire(int replicas) =>
        [new PlanStep { Index = 1, NewReplicas = replicas, OldReplicas = 0, MinAvailable = replicas, MaxTotal = replicas }];

    private static string? CheckStrategy(string? text, List<string> errors)
    {
        var strategy = string.IsNullOrWhiteSpace(text) ? DeploymentStrategies.Rolling : DeploymentStrategies.Normalize(text);
        switch (strategy)
        {
            case DeploymentStrategies.Rolling or DeploymentStrategies.Recreate:
                return strategy;
            case null:
                errors.Add($"unknown strategy '{text}'; use Rolling or Recreate");
                return null;
            default:
                errors.Add($"strategy '{strategy}' is not supported yet; use Rolling or Recreate");
                return strategy;
        }
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

    private static RollingLimits CheckRollingLimits(PlanInput input, int replicas, List<string> errors)
    {
        var surge = Parse("maxSurge", input.MaxSurge, errors);
        var unavailable = Parse("maxUnavailable", input.MaxUnavailable, errors);
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
