using Suite.Planning.Steps;

namespace Suite.Planning.Recreate;

/// <summary>
/// Everything of the old version goes down before anything of the new one comes up: an outage
/// by design, for applications that cannot run two versions side by side.
/// </summary>
public static class RecreatePlanner
{
    public static IReadOnlyList<PlanStep> Plan(int replicas, int oldReplicas, int newReplicas = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicas, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(oldReplicas);
        ArgumentOutOfRangeException.ThrowIfNegative(newReplicas);

        var sequence = new StepSequence(newReplicas, oldReplicas);
        if (oldReplicas > 0)
        {
            sequence.Add(0, 0);
        }

        if (sequence.New != replicas)
        {
            sequence.Add(replicas, 0);
        }

        return sequence.Steps;
    }
}
