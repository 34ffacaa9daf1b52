using Suite.Planning.Steps;

namespace Suite.Planning.Rolling;

/// <summary>
/// Rolling batches as the saga runs them: each batch from <see cref="RollingPlanner"/>, then a
/// stabilization wait and the post-step gate. Adaptive names, in each batch that shrinks the old
/// version, the worst of its pods to remove first.
/// </summary>
public static class RollingStrategy
{
    public static IReadOnlyList<PlanStep> Plan(
        int replicas, RollingLimits limits, int oldReplicas, int newReplicas, TimeSpan? stabilization, IReadOnlyList<string>? worstFirst = null)
    {
        var batches = RollingPlanner.Plan(replicas, limits, oldReplicas, newReplicas);
        var queue = new Queue<string>(worstFirst ?? []);
        var steps = new List<PlanStep>();
        var (before, old) = (newReplicas, oldReplicas);
        foreach (var batch in batches)
        {
            var removed = Math.Max(0, old - batch.OldReplicas);
            var removeFirst = worstFirst is null ? null : Take(queue, removed);
            var description = $"batch {batch.Index}/{batches.Count}: new {StepText.Count(before, batch.NewReplicas)}, old {StepText.Count(old, batch.OldReplicas)}";
            if (removeFirst is { Count: > 0 })
            {
                description += $"; worst first: {string.Join(", ", removeFirst)}";
            }

            steps.Add(batch with
            {
                Kind = PlanStepKinds.Scale,
                Stabilization = stabilization,
                Analysis = true,
                RemoveFirst = removeFirst,
                Description = description,
            });
            (before, old) = (batch.NewReplicas, batch.OldReplicas);
        }

        return steps;
    }

    private static IReadOnlyList<string>? Take(Queue<string> queue, int count)
    {
        var taken = new List<string>();
        while (taken.Count < count && queue.TryDequeue(out var name))
        {
            taken.Add(name);
        }

        return taken.Count == 0 ? null : taken;
    }
}
