namespace Suite.Planning.Rolling;

/// <summary>maxSurge and maxUnavailable of each rolling preset.</summary>
public static class RollingPresets
{
    public static (IntOrPercent MaxSurge, IntOrPercent MaxUnavailable) Limits(string preset) => preset switch
    {
        StrategyPresets.Conservative => (IntOrPercent.Count(1), IntOrPercent.Count(0)),
        StrategyPresets.Aggressive => (IntOrPercent.Percent(50), IntOrPercent.Percent(50)),
        StrategyPresets.Balanced or StrategyPresets.Adaptive => (IntOrPercent.Percent(25), IntOrPercent.Percent(25)),
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "not a rolling preset"),
    };
}
