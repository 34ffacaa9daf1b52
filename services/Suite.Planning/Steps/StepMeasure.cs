namespace Suite.Planning.Steps;

/// <summary>The instants of one step: scale the new version, wait until it is ready, then drain the old one.</summary>
internal static class StepMeasure
{
    /// <summary>
    /// Measures the step that takes ready pods (<paramref name="newBefore"/>, <paramref name="oldBefore"/>)
    /// to (<paramref name="newReplicas"/>, <paramref name="oldReplicas"/>). While new pods start they
    /// exist but do not serve yet; once the old ones drain they neither serve nor count as running.
    /// </summary>
    public static PlanStep Measure(int index, int newBefore, int oldBefore, int newReplicas, int oldReplicas)
    {
        var whileStarting = oldBefore + Math.Min(newBefore, newReplicas);
        var afterDrain = Math.Min(oldBefore, oldReplicas) + newReplicas;
        var whileScaling = oldBefore + Math.Max(newBefore, newReplicas);
        var afterScaling = Math.Max(oldBefore, oldReplicas) + newReplicas;

        return new PlanStep
        {
            Index = index,
            NewReplicas = newReplicas,
            OldReplicas = oldReplicas,
            MinAvailable = Math.Min(whileStarting, afterDrain),
            MaxTotal = Math.Max(whileScaling, afterScaling),
        };
    }
}
