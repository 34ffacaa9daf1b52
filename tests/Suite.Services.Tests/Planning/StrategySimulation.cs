using Suite.Contracts.Planning;
using Suite.Planning.Canary;

namespace Suite.Services.Tests.Planning;

/// <summary>
/// Walks a blue-green, canary or A/B plan part by part as the saga runs it (scale the new version, its pods
/// become ready, drain the old, route), independently of the planners, and records every broken promise:
/// the stable version keeps every pod and every ready pod until the last step, no new pod ever takes traffic
/// without a route deciding how much, no route sends requests to a version without ready pods, and each
/// step's MinAvailable and MaxTotal are what it really goes through.
/// </summary>
internal sealed class StrategySimulation(int replicas, int oldReplicas, int newReplicas)
{
    public List<string> Violations { get; } = [];

    public void Run(IReadOnlyList<PlanStep> steps, bool canaryReplicasFollowWeight)
    {
        var (ready, old) = (newReplicas, oldReplicas);
        PlanStep? route = null;
        foreach (var step in steps)
        {
            var last = step.Index == steps.Count;
            var instants = new (int Ready, int Running)[]
            {
                (old + Math.Min(ready, step.NewReplicas), old + step.NewReplicas),
                (old + step.NewReplicas, old + step.NewReplicas),
                (step.OldReplicas + step.NewReplicas, step.OldReplicas + step.NewReplicas),
            };

            Check(step, step.MinAvailable == instants.Min(i => i.Ready), $"claims MinAvailable {step.MinAvailable}, not {instants.Min(i => i.Ready)}");
            Check(step, step.MaxTotal == Math.Max(old + ready, instants.Max(i => i.Running)), $"claims MaxTotal {step.MaxTotal}");
            Check(step, last || step.OldReplicas == oldReplicas, "scales the stable version before the last step");
            Check(step, last || instants.All(i => i.Ready >= oldReplicas), "lets ready pods fall below the stable version's");
            Check(step, step.NewReplicas <= ready || route?.TrafficWeight is not null, "starts new pods while traffic follows ready pods");
            Check(step, step.TrafficWeight is not > 0 && step.HeaderRoute is null || step.NewReplicas > 0, "routes traffic to a version without pods");
            Check(step, !canaryReplicasFollowWeight || step.Kind != PlanStepKinds.SetWeight || step.TrafficWeight is not { } w
                || (w == 0 ? step.NewReplicas == 0 || step.NewReplicas == ready : step.NewReplicas == CanaryPlanner.CanaryReplicas(w, replicas)),
                "has canary replicas that do not follow the weight");
            (ready, old, route) = (step.NewReplicas, step.OldReplicas, step);
        }

        if (steps.Count == 0 || (steps[^1].NewReplicas, steps[^1].OldReplicas, steps[^1].TrafficWeight, steps[^1].HeaderRoute) != (replicas, 0, null, null))
        {
            Violations.Add($"does not end at new {replicas} / old 0 with the route dropped");
        }

        if (steps.Count > 1 && steps[^2].TrafficWeight != 100)
        {
            Violations.Add("scales the stable version away before the new one serves all traffic");
        }
    }

    private void Check(PlanStep step, bool holds, string broken)
    {
        if (!holds)
        {
            Violations.Add($"step {step.Index} ({step.Kind} {step.NewReplicas}/{step.OldReplicas} w{step.TrafficWeight}) {broken}");
        }
    }
}
