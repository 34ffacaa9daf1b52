using Suite.Planning.Checks;

namespace Suite.Planning.Canary;

/// <summary>
/// Checks a canary step list and reads it into moves. Weights may go in any order, as Argo Rollouts
/// allows, but each lies in 0..100; a list whose last weight is not 100 gets an implicit
/// <c>setWeight 100</c> and an analysis, since a canary ends with the new version serving everything
/// (Argo promotes at the end of the steps too) and the old one is never scaled away unjudged.
/// </summary>
internal static class CanaryScript
{
    public static IReadOnlyList<CanaryMove> Read(IReadOnlyList<CanaryStep>? steps, string? preset, List<string> errors)
    {
        if (steps is not null && preset is not null)
        {
            errors.Add($"preset '{preset}' sets the canary steps itself; give either the preset or canarySteps");
            return [];
        }

        if (steps is { Count: 0 })
        {
            errors.Add("canarySteps is empty; leave it out for the default steps");
            return [];
        }

        var source = steps ?? (preset == StrategyPresets.Cautious ? CanaryDefaults.Cautious : CanaryDefaults.Steps);
        var moves = new List<CanaryMove>();
        for (var i = 0; i < source.Count; i++)
        {
            if (Read(source[i], $"canary step {i + 1}", errors) is { } move)
            {
                moves.Add(move);
            }
        }

        if (moves.LastOrDefault(m => m.Weight is not null)?.Weight != 100)
        {
            moves.Add(new CanaryMove(Weight: 100));
            moves.Add(new CanaryMove(Analysis: true));
        }

        return moves;
    }

    private static CanaryMove? Read(CanaryStep? step, string label, List<string> errors)
    {
        var actions = (step?.SetWeight is null ? 0 : 1) + (step?.Pause is null ? 0 : 1) + (step?.Analysis is null ? 0 : 1);
        if (step is null || actions != 1)
        {
            errors.Add($"{label} must have exactly one of setWeight, pause or analysis, not {actions}");
            return null;
        }

        if (step.SetWeight is { } weight)
        {
            if (weight is < 0 or > 100)
            {
                errors.Add($"{label}: setWeight {weight} is not a percentage from 0 to 100");
                return null;
            }

            return new CanaryMove(Weight: weight);
        }

        if (step.Pause is { } pause)
        {
            var count = errors.Count;
            var duration = Durations.Read($"{label}: pause duration", pause.Duration, null, errors);
            return errors.Count > count ? null : new CanaryMove(Pause: true, PauseDuration: duration);
        }

        return new CanaryMove(Analysis: true);
    }
}
