using Suite.Contracts.Planning;

namespace Suite.Sagas.Deployments;

/// <summary>What the saga reads off a plan as a whole: which steps it runs before success, and where a full promotion may jump.</summary>
public static class PlanShape
{
    /// <summary>
    /// The steps run before the deployment succeeds. Trailing steps that only scale the old version
    /// down after all traffic went to the new one (weight 100) are left to the end of the rollback
    /// window: until then the old version stays warm, and a revert is a traffic switch.
    /// </summary>
    public static int RunSteps(IReadOnlyList<PlanStep> steps)
    {
        var run = steps.Count;
        while (run > 1 && OnlyRetiresOld(steps[run - 1], steps[run - 2]) && AllTrafficOnNew(steps, run - 1))
        {
            run--;
        }

        return run;
    }

    /// <summary>
    /// Where a full promotion goes: the last step run before success, whose parts bring new
    /// version, old version and route to the plan's end state at once. Null when that would
    /// exceed the most pods the plan ever runs (a rolling update's maxSurge): then the remaining
    /// steps run one by one, only without their waits, analyses and pauses.
    /// </summary>
    public static int? JumpTarget(IReadOnlyList<PlanStep> steps, int completedSteps, int oldReplicasNow)
    {
        var run = RunSteps(steps);
        if (completedSteps >= run - 1)
        {
            return null;
        }

        var mostPods = steps.Max(s => s.MaxTotal);
        return mostPods > 0 && steps[run - 1].NewReplicas + oldReplicasNow <= mostPods ? run - 1 : null;
    }

    private static bool OnlyRetiresOld(PlanStep step, PlanStep before) =>
        step.NewReplicas == before.NewReplicas && step.OldReplicas <= before.OldReplicas && !step.Analysis && !step.Pause
        && step.HeaderRoute is null && step.TrafficWeight is null or 100;

    /// <summary>Whether the route in place before step <paramref name="index"/> sends all traffic to the new version.</summary>
    private static bool AllTrafficOnNew(IReadOnlyList<PlanStep> steps, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (steps[i].TrafficWeight is not null || steps[i].HeaderRoute is not null)
            {
                return steps[i] is { TrafficWeight: 100, HeaderRoute: null };
            }
        }

        return false;
    }
}
