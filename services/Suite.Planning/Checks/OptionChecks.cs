namespace Suite.Planning.Checks;

/// <summary>
/// Refuses options that cannot apply: a preset the strategy does not have, and the option blocks of
/// another strategy (which would otherwise be silently ignored). maxSurge and maxUnavailable are
/// ignored outside Rolling, as clients often send them for every strategy.
/// </summary>
internal static class OptionChecks
{
    /// <summary>The preset's canonical name, or null when none was given or it does not fit (with an error).</summary>
    public static string? Preset(string strategy, string? preset, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(preset))
        {
            return null;
        }

        var allowed = strategy switch
        {
            DeploymentStrategies.Rolling => StrategyPresets.Rolling,
            DeploymentStrategies.Canary => StrategyPresets.Canary,
            _ => [],
        };
        if (StrategyPresets.Normalize(preset, allowed) is { } canonical)
        {
            return canonical;
        }

        errors.Add(allowed.Count == 0
            ? $"strategy {strategy} takes no preset, not '{preset}'"
            : $"unknown preset '{preset}' for {strategy}; use {string.Join(", ", allowed)}");
        return null;
    }

    public static void RefuseForeign(string strategy, PlanInput input, List<string> errors)
    {
        Refuse(errors, strategy, input.CanarySteps is not null, "canarySteps", DeploymentStrategies.Canary);
        Refuse(errors, strategy, input.HeaderRoute is not null, "headerRoute", DeploymentStrategies.ABTest);
        Refuse(errors, strategy, input.ExperimentDuration is not null, "experimentDuration", DeploymentStrategies.ABTest);
        Refuse(errors, strategy, input.BlueGreen is not null, "blueGreen", DeploymentStrategies.BlueGreen);
    }

    private static void Refuse(List<string> errors, string strategy, bool given, string option, string owner)
    {
        if (given && strategy != owner)
        {
            errors.Add($"{option} only applies to the {owner} strategy, not {strategy}");
        }
    }
}
