namespace Suite.Planning.Steps;

/// <summary>What a whole plan goes through: its lowest availability, highest pod count and expected duration.</summary>
internal static class PlanTotals
{
    /// <summary>A plan without steps leaves the cluster as it is.</summary>
    public static int MinAvailable(IReadOnlyList<PlanStep> steps, int newReady, int oldReady) =>
        steps.Count == 0 ? newReady + oldReady : steps.Min(s => s.MinAvailable);

    public static int MaxTotal(IReadOnlyList<PlanStep> steps, int newReady, int oldReady) =>
        steps.Count == 0 ? newReady + oldReady : steps.Max(s => s.MaxTotal);

    /// <summary>
    /// Each step's parts as the saga runs them: new pods start, old ones shut down, the stabilization
    /// wait, the gate and a timed pause. A pause until promotion waits for a person and counts as nothing.
    /// </summary>
    public static TimeSpan ExpectedDuration(IReadOnlyList<PlanStep> steps, int newReady, int oldReady, PlanTimings timings)
    {
        var total = TimeSpan.Zero;
        var (before, old) = (newReady, oldReady);
        foreach (var step in steps)
        {
            total += step.NewReplicas > before ? timings.PodStartup : TimeSpan.Zero;
            total += step.OldReplicas < old ? timings.PodShutdown : TimeSpan.Zero;
            total += step.Stabilization ?? TimeSpan.Zero;
            total += step.Analysis ? timings.Analysis : TimeSpan.Zero;
            total += step.Pause ? step.PauseDuration ?? TimeSpan.Zero : TimeSpan.Zero;
            (before, old) = (step.NewReplicas, step.OldReplicas);
        }

        return total;
    }
}
