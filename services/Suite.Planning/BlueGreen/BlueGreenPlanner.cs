using Suite.Planning.Checks;
using Suite.Planning.Steps;

namespace Suite.Planning.BlueGreen;

/// <summary>
/// Green (the new version) comes up at full strength beside blue while a 0% route keeps every request
/// on blue; a smoke test (the pre-promotion gate) judges green on preview traffic; with manual promotion
/// the deployment then waits for <c>PromoteDeployment</c>; the switch sends all traffic to green, which is
/// watched for the post-promotion window and gated. Blue keeps every pod until green serves everything,
/// so a rollback at any point is a traffic switch. The last step (blue scaled down) runs after success,
/// once the rollback window or the scale-down delay (<see cref="PlanResult.ScaleDownDelay"/>), whichever
/// is longer, is over: success does not wait for it, and blue stays warm meanwhile.
/// </summary>
public static class BlueGreenPlanner
{
    public static IReadOnlyList<PlanStep> Plan(int replicas, int oldReplicas, int newReplicas, BlueGreenSettings settings)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicas, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(oldReplicas, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(newReplicas);

        var sequence = new StepSequence(newReplicas, oldReplicas);
        var blue = StepText.Pods(oldReplicas);
        sequence.Add(new PlanStep
        {
            Kind = PlanStepKinds.SetWeight,
            NewReplicas = newReplicas,
            OldReplicas = oldReplicas,
            TrafficWeight = 0,
            Description = $"pin all traffic to blue ({blue}) before green starts",
        });
        sequence.Add(new PlanStep
        {
            Kind = PlanStepKinds.Scale,
            NewReplicas = replicas,
            OldReplicas = oldReplicas,
            TrafficWeight = 0,
            Analysis = true,
            Description = $"bring green up at full strength ({StepText.Pods(replicas)}) beside blue; smoke test (pre-promotion gate)",
        });
        if (!settings.AutoPromote)
        {
            sequence.Add(new PlanStep
            {
                Kind = PlanStepKinds.Pause,
                NewReplicas = replicas,
                OldReplicas = oldReplicas,
                TrafficWeight = 0,
                Pause = true,
                Description = "wait for PromoteDeployment (manual promotion)",
            });
        }

        var delay = Durations.NonZero(settings.ScaleDownDelay);
        sequence.Add(new PlanStep
        {
            Kind = PlanStepKinds.SwitchTraffic,
            NewReplicas = replicas,
            OldReplicas = oldReplicas,
            TrafficWeight = 100,
            Stabilization = Durations.NonZero(settings.PostPromotionWindow),
            Analysis = true,
            Description = "switch all traffic to green; watch it " + DurationText.Format(settings.PostPromotionWindow) +
                ", then the post-promotion gate",
        });
        sequence.Add(new PlanStep
        {
            Kind = PlanStepKinds.ScaleDownOld,
            NewReplicas = replicas,
            Description = $"after success: scale blue down (-{oldReplicas}) and drop the route" +
                (delay is null ? "" : $", blue kept warm at least {DurationText.Format(delay.Value)} (scale-down delay)"),
        });
        return sequence.Steps;
    }
}
