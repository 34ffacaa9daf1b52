using Suite.Planning.Steps;

namespace Suite.Planning.Recreate;

/// <summary>
/// Everything of the old version goes down before anything of the new one comes up: an outage
/// by design, for applications that cannot run two versions side by side.
/// </summary>
public static class RecreatePlanner
{
    public static IReadOnlyList<PlanStep> Plan(int replicas, int oldReplicas, int newReplicas = 0) =>
        Plan(replicas, oldReplicas, newReplicas, stabilization: null);

    /// <summary>The old version down (no gate: nothing new serves yet), then the new one up, settled for <paramref name="stabilization"/> and gated.</summary>
    public static IReadOnlyList<PlanStep> Plan(int replicas, int oldReplicas, int newReplicas, TimeSpan? stabilization)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicas, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(oldReplicas);
        ArgumentOutOfRangeException.ThrowIfNegative(newReplicas);

        var sequence = new StepSequence(newReplicas, oldReplicas);
        if (oldReplicas > 0)
        {
            sequence.Add(new PlanStep
            {
                Kind = PlanStepKinds.ScaleDownOld,
                Description = $"take every pod down: old 0 (-{oldReplicas}), new 0; nothing serves until the next step",
            });
        }

        if (sequence.New != replicas)
        {
            sequence.Add(new PlanStep
            {
                Kind = PlanStepKinds.Scale,
                NewReplicas = replicas,
                Stabilization = stabilization,
                Analysis = true,
                Description = $"bring the new version up at full strength: new {StepText.Count(sequence.New, replicas)}",
            });
        }

        return sequence.Steps;
    }
}
