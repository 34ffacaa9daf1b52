using Suite.Contracts.Planning;
using Suite.Planning;

namespace Suite.Host.Planning;

/// <summary>The words of <c>suite plan</c>'s table: heading, cells and footer.</summary>
public static class PlanText
{
    public static string Heading(PlanView view)
    {
        var from = $"{view.Strategy}: {view.CurrentImage ?? "(nothing)"} → {view.Image}, {view.DesiredReplicas} replica(s)";
        var preset = view.Preset is null ? "" : $" (preset {view.Preset})";
        if (view.Preset == StrategyPresets.Adaptive && view.Steps.All(s => s.RemoveFirst is null))
        {
            preset += "; the worst pods are ranked from the cluster's per-pod metrics when the deployment runs";
        }

        return view.Strategy switch
        {
            DeploymentStrategies.Rolling => $"{from}, maxSurge {view.MaxSurge}, maxUnavailable {view.MaxUnavailable}{preset}",
            DeploymentStrategies.Recreate => $"{from}: every old pod down before the new ones start (downtime)",
            _ when view.CurrentImage is null => $"{from}{preset}: nothing serves yet, so the new version comes up at once",
            _ => $"{from}{preset}: the current version keeps every pod until the new one serves all traffic",
        };
    }

    /// <summary>Where the step leaves traffic: a weight, a header route, or following ready pods.</summary>
    public static string Traffic(PlanStep step)
    {
        var header = step.HeaderRoute is { } h ? $"{h.Name}={h.Value}" : null;
        return (step.TrafficWeight, header) switch
        {
            (null, null) => "by ready pods",
            ({ } w, null) => $"{w}%",
            (null or 0, { } hr) => $"header {hr}",
            ({ } w, { } hr) => $"header {hr} + {w}%",
        };
    }

    public static string Gate(PlanStep step) => (step.Stabilization, step.Analysis) switch
    {
        ({ } wait, true) => $"after {DurationText.Format(wait)}",
        (null, true) => "yes",
        ({ } wait, false) => $"wait {DurationText.Format(wait)}",
        _ => "",
    };

    public static string Pause(PlanStep step) =>
        !step.Pause ? "" : step.PauseDuration is { } d ? DurationText.Format(d) : "until promoted";

    public static string Footer(PlanView view)
    {
        var floor = view.Strategy == DeploymentStrategies.Rolling ? $" (floor {Math.Max(0, view.DesiredReplicas - view.MaxUnavailable)})" : "";
        var ceiling = view.Strategy == DeploymentStrategies.Rolling ? $" (ceiling {view.DesiredReplicas + view.MaxSurge})" : "";
        var waitsForPerson = view.Steps.Any(s => s.Pause && s.PauseDuration is null) ? " plus the wait for promotion" : "";
        var timings = new PlanTimings();
        return $"lowest availability {view.MinAvailable} of {view.DesiredReplicas}{floor}; highest pod count {view.MaxTotal}{ceiling}; " +
            $"{view.Steps.Count(s => s.Analysis)} gate(s); expected duration {DurationText.Format(view.ExpectedDuration)}{waitsForPerson} " +
            $"(pods start in {DurationText.Format(timings.PodStartup)}, stop in {DurationText.Format(timings.PodShutdown)}, a gate takes {DurationText.Format(timings.Analysis)})";
    }
}
