using Suite.Planning.Steps;

namespace Suite.Planning.ABTest;

/// <summary>
/// Header-based A/B: with traffic pinned to the stable version, the new version comes up at a canary's
/// size and serves only requests that carry the header, for the experiment (a timed pause, or until
/// promoted); a gate judges it on that traffic; then it comes up at full strength, takes all traffic
/// (gated again) and the stable version is scaled away. The stable version keeps every pod until then.
/// </summary>
public static class ABTestPlanner
{
    /// <summary>The experiment's size: 10% of the desired replicas, rounded up, so at least one pod.</summary>
    public static int ExperimentReplicas(int replicas) => Math.Max(1, (replicas + 9) / 10);

    public static IReadOnlyList<PlanStep> Plan(int replicas, int oldReplicas, int newReplicas, HeaderRoute header, TimeSpan? experiment)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicas, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(oldReplicas, 1);
        ArgumentNullException.ThrowIfNull(header);

        var size = ExperimentReplicas(replicas);
        var stable = StepText.Pods(oldReplicas);
        var sequence = new StepSequence(newReplicas, oldReplicas);
        sequence.Add(new PlanStep
        {
            Kind = PlanStepKinds.SetWeight, NewReplicas = newReplicas, OldReplicas = oldReplicas, TrafficWeight = 0,
            Description = $"pin all traffic to the stable version ({stable}) before the new version starts",
        });
        sequence.Add(new PlanStep
        {
            Kind = PlanStepKinds.HeaderRoute, NewReplicas = size, OldReplicas = oldReplicas, TrafficWeight = 0, HeaderRoute = header,
            Pause = experiment != TimeSpan.Zero, PauseDuration = experiment,
            Description = $"experiment: {header.Name}: {header.Value} requests to the new version ({StepText.Pods(size)}), " +
                $"the rest to the stable one, {(experiment is { } d ? "for " + DurationText.Format(d) : "until promoted")}",
        });
        sequence.Add(new PlanStep
        {
            Kind = PlanStepKinds.Analysis, NewReplicas = size, OldReplicas = oldReplicas, TrafficWeight = 0, HeaderRoute = header, Analysis = true,
            Description = "analysis of the new version on the experiment's requests",
        });
        sequence.Add(new PlanStep
        {
            Kind = PlanStepKinds.SwitchTraffic, NewReplicas = replicas, OldReplicas = oldReplicas, TrafficWeight = 100, Analysis = true,
            Description = $"bring the new version up at full strength ({StepText.Pods(replicas)}) and send it all traffic",
        });
        sequence.Add(new PlanStep
        {
            Kind = PlanStepKinds.ScaleDownOld, NewReplicas = replicas,
            Description = $"scale the stable version down (-{oldReplicas}) and drop the route",
        });
        return sequence.Steps;
    }
}
