using Suite.Planning.Steps;

namespace Suite.Planning.Rolling;

/// <summary>
/// A rolling update in the Kubernetes deployment controller's arithmetic: the new version grows
/// as far as maxSurge allows, then the old one shrinks as far as maxUnavailable allows, until
/// the new version runs every desired replica and the old one none.
/// </summary>
public static class RollingPlanner
{
    public static IReadOnlyList<PlanStep> Plan(
        int replicas, IntOrPercent maxSurge, IntOrPercent maxUnavailable, int oldReplicas, int newReplicas = 0) =>
        Plan(replicas, RollingLimits.Resolve(replicas, maxSurge, maxUnavailable), oldReplicas, newReplicas);

    /// <summary>
    /// Plans from <paramref name="oldReplicas"/> ready pods of the old version (and
    /// <paramref name="newReplicas"/> of the new one, normally none) to <paramref name="replicas"/>
    /// of the new version alone. Ready pods never fall below replicas − maxUnavailable, or below
    /// what the old version had when it started below that; running pods never exceed
    /// replicas + maxSurge, except that a version already above it is drained before anything is added.
    /// </summary>
    public static IReadOnlyList<PlanStep> Plan(int replicas, RollingLimits limits, int oldReplicas, int newReplicas = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicas, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(limits.MaxSurge);
        ArgumentOutOfRangeException.ThrowIfNegative(limits.MaxUnavailable);
        ArgumentOutOfRangeException.ThrowIfNegative(oldReplicas);
        ArgumentOutOfRangeException.ThrowIfNegative(newReplicas);
        if (limits.MaxSurge + limits.MaxUnavailable == 0)
        {
            throw new ArgumentException("maxSurge and maxUnavailable may not both be 0", nameof(limits));
        }

        var maxTotal = replicas + limits.MaxSurge;
        var minAvailable = Math.Min(replicas - limits.MaxUnavailable, oldReplicas + newReplicas);
        var sequence = new StepSequence(newReplicas, oldReplicas);
        var next = newReplicas;
        var old = oldReplicas;

        while (next != replicas || old > 0)
        {
            next = Math.Max(Math.Min(next, replicas), Math.Min(replicas, maxTotal - old));
            old = Math.Clamp(minAvailable - next, 0, old);
            sequence.Add(next, old);
        }

        return sequence.Steps;
    }
}
