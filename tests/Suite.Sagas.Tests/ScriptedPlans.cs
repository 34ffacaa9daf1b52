using Suite.Contracts.Planning;

namespace Suite.Sagas.Tests;

/// <summary>
/// The step shapes the planners give each strategy, for 4 replicas replacing 4 (waits of a few
/// milliseconds, so that they go through the scheduler without slowing the tests).
/// </summary>
public static class ScriptedPlans
{
    public static readonly TimeSpan Short = TimeSpan.FromMilliseconds(20);
    public static readonly HeaderRoute Header = new() { Name = "X-Experiment", Value = "b" };

    public static IReadOnlyList<string> Strategies { get; } =
        ["rolling", "blue-green", "blue-green-manual", "canary", "canary-until-promoted", "ab-test", "recreate"];

    public static IReadOnlyList<PlanStep> For(string strategy) => strategy switch
    {
        "rolling" => Rolling(Short),
        "blue-green" => BlueGreen(manual: false),
        "blue-green-manual" => BlueGreen(manual: true),
        "canary" => Canary(),
        "canary-until-promoted" => CanaryUntilPromoted(),
        "ab-test" => ABTest(),
        "recreate" => Recreate(),
        _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy, null),
    };

    /// <summary>Whether the plan holds at a pause until promoted.</summary>
    public static bool WaitsForPromotion(string strategy) => strategy is "blue-green-manual" or "canary-until-promoted";

    /// <summary>One pod at a time (maxSurge 1, maxUnavailable 0), a gate after each batch.</summary>
    public static IReadOnlyList<PlanStep> Rolling(TimeSpan? stabilization = null) =>
    [
        .. Enumerable.Range(1, 4).Select(i => new PlanStep
        {
            Index = i, Kind = PlanStepKinds.Scale, NewReplicas = i, OldReplicas = 4 - i, Stabilization = stabilization, Analysis = true,
            MinAvailable = 4, MaxTotal = 5,
        }),
    ];

    /// <summary>Green at full strength beside blue with no traffic, smoke test; (manual: wait for promotion;) switch, watch, gate.</summary>
    public static IReadOnlyList<PlanStep> BlueGreen(bool manual) =>
    [
        new() { Index = 1, Kind = PlanStepKinds.Scale, NewReplicas = 4, OldReplicas = 4, TrafficWeight = 0, Analysis = true, Pause = manual, MaxTotal = 8 },
        new() { Index = 2, Kind = PlanStepKinds.SwitchTraffic, NewReplicas = 4, OldReplicas = 4, TrafficWeight = 100, Stabilization = Short, Analysis = true, MaxTotal = 8 },
    ];

    /// <summary>10 → 25 → 50 → 75 with a pause and an analysis each, 100 with an analysis, then the stable version scaled down.</summary>
    public static IReadOnlyList<PlanStep> Canary() =>
    [
        .. new[] { (10, 1), (25, 1), (50, 2), (75, 3) }.Select((w, i) => new PlanStep
        {
            Index = i + 1, Kind = PlanStepKinds.SetWeight, NewReplicas = w.Item2, OldReplicas = 4, TrafficWeight = w.Item1, Analysis = true,
            Pause = true, PauseDuration = Short, MaxTotal = 8,
        }),
        new() { Index = 5, Kind = PlanStepKinds.SetWeight, NewReplicas = 4, OldReplicas = 4, TrafficWeight = 100, Analysis = true, MaxTotal = 8 },
        new() { Index = 6, Kind = PlanStepKinds.ScaleDownOld, NewReplicas = 4, OldReplicas = 0, MaxTotal = 8 },
    ];

    /// <summary>20% until promoted, then 100% with an analysis, then the stable version scaled down.</summary>
    public static IReadOnlyList<PlanStep> CanaryUntilPromoted() =>
    [
        new() { Index = 1, Kind = PlanStepKinds.SetWeight, NewReplicas = 1, OldReplicas = 4, TrafficWeight = 20, Pause = true, MaxTotal = 8 },
        new() { Index = 2, Kind = PlanStepKinds.SetWeight, NewReplicas = 4, OldReplicas = 4, TrafficWeight = 100, Analysis = true, MaxTotal = 8 },
        new() { Index = 3, Kind = PlanStepKinds.ScaleDownOld, NewReplicas = 4, OldReplicas = 0, MaxTotal = 8 },
    ];

    /// <summary>One pod of the new version serves requests with the header for the experiment, then everyone.</summary>
    public static IReadOnlyList<PlanStep> ABTest() =>
    [
        new() { Index = 1, Kind = PlanStepKinds.HeaderRoute, NewReplicas = 1, OldReplicas = 4, HeaderRoute = Header, Pause = true, PauseDuration = Short, Analysis = true, MaxTotal = 8 },
        new() { Index = 2, Kind = PlanStepKinds.SwitchTraffic, NewReplicas = 4, OldReplicas = 4, TrafficWeight = 100, Analysis = true, MaxTotal = 8 },
        new() { Index = 3, Kind = PlanStepKinds.ScaleDownOld, NewReplicas = 4, OldReplicas = 0, MaxTotal = 8 },
    ];

    /// <summary>Every old pod down, then the new ones up.</summary>
    public static IReadOnlyList<PlanStep> Recreate() =>
    [
        new() { Index = 1, Kind = PlanStepKinds.ScaleDownOld, NewReplicas = 0, OldReplicas = 0, MaxTotal = 4 },
        new() { Index = 2, Kind = PlanStepKinds.Scale, NewReplicas = 4, OldReplicas = 0, Analysis = true, MaxTotal = 4 },
    ];
}
