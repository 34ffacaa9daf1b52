namespace Suite.Planning.Canary;

/// <summary>The canary step lists Suite uses when a request gives none: the default, and the Cautious preset.</summary>
public static class CanaryDefaults
{
    public static TimeSpan Pause { get; } = TimeSpan.FromSeconds(30);

    /// <summary>10 → 25 → 50 → 75 with a 30 s pause and an analysis after each, then 100 and an analysis.</summary>
    public static IReadOnlyList<CanaryStep> Steps { get; } = Ladder(10, 25, 50, 75);

    /// <summary>For critical systems: 1, 2, 5, 10, 20, 35, 50, 75, each paused 30 s and analysed, then 100 and an analysis.</summary>
    public static IReadOnlyList<CanaryStep> Cautious { get; } = Ladder(1, 2, 5, 10, 20, 35, 50, 75);

    private static CanaryStep[] Ladder(params int[] weights) =>
    [
        .. weights.SelectMany(w => new[]
        {
            new CanaryStep { SetWeight = w },
            new CanaryStep { Pause = new CanaryPause { Duration = DurationText.Format(Pause) } },
            new CanaryStep { Analysis = new CanaryAnalysis() },
        }),
        new CanaryStep { SetWeight = 100 },
        new CanaryStep { Analysis = new CanaryAnalysis() },
    ];
}
