using Suite.Planning.Steps;

namespace Suite.Planning.Canary;

/// <summary>
/// A canary from a step list. Traffic is pinned to the stable version (0%) before any canary pod starts,
/// so the canary never gets more than its weight; each <c>setWeight</c> scales the canary to its share of
/// the desired replicas and then sets the weight; pauses and analyses follow in the order written (a step
/// runs its gate before its pause, so a pause followed by an analysis becomes two steps). The stable version
/// keeps every pod until the weight reached 100; the last step scales it away and drops the route.
/// </summary>
public static class CanaryPlanner
{
    /// <summary>ceil(weight% × replicas), at least one pod for any weight above 0, none at 0.</summary>
    public static int CanaryReplicas(int weightPercent, int replicas) =>
        weightPercent <= 0 ? 0 : Math.Max(1, (int)(((long)weightPercent * replicas + 99) / 100));

    internal static IReadOnlyList<PlanStep> Plan(int replicas, int oldReplicas, int newReplicas, IReadOnlyList<CanaryMove> moves)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicas, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(oldReplicas, 1);
        var stable = StepText.Pods(oldReplicas);
        var drafts = new List<PlanStep>
        {
            new()
            {
                Kind = PlanStepKinds.SetWeight, NewReplicas = newReplicas, OldReplicas = oldReplicas, TrafficWeight = 0,
                Description = $"pin all traffic to the stable version ({stable}) before canary pods start",
            },
        };

        foreach (var move in moves)
        {
            var current = drafts[^1];
            if (move.Weight is { } weight)
            {
                var canary = CanaryReplicas(weight, replicas);
                drafts.Add(current with
                {
                    Kind = PlanStepKinds.SetWeight, NewReplicas = canary, TrafficWeight = weight, Stabilization = null,
                    Analysis = false, Pause = false, PauseDuration = null,
                    Description = $"setWeight {weight}%: canary at {StepText.Pods(canary)}, stable at {StepText.Pods(oldReplicas)}",
                });
            }
            else if (move.Pause && move.PauseDuration != TimeSpan.Zero)
            {
                var paused = current.Pause ? Follow(current, PlanStepKinds.Pause, Paused(move.PauseDuration)) : current;
                Put(drafts, paused with { Pause = true, PauseDuration = move.PauseDuration }, asNew: current.Pause);
            }
            else if (move.Analysis)
            {
                var follows = current.Analysis || current.Pause;
                var analysed = follows ? Follow(current, PlanStepKinds.Analysis, $"analysis at {current.TrafficWeight}%") : current;
                Put(drafts, analysed with { Analysis = true }, asNew: follows);
            }
        }

        var sequence = new StepSequence(newReplicas, oldReplicas);
        sequence.AddRange(drafts);
        sequence.Add(new PlanStep
        {
            Kind = PlanStepKinds.ScaleDownOld,
            NewReplicas = sequence.New,
            Description = $"scale the stable version down (-{oldReplicas}) and drop the route: the canary is the new stable",
        });
        return sequence.Steps;
    }

    private static PlanStep Follow(PlanStep current, string kind, string description) => current with
    {
        Kind = kind, Stabilization = null, Analysis = false, Pause = false, PauseDuration = null, Description = description,
    };

    private static string Paused(TimeSpan? duration) => duration is { } d ? $"pause {DurationText.Format(d)}" : "pause until promoted";

    // A part that cannot come after what the last draft already does (the saga runs gate before pause) starts a new step.
    private static void Put(List<PlanStep> drafts, PlanStep draft, bool asNew)
    {
        if (asNew)
        {
            drafts.Add(draft);
        }
        else
        {
            drafts[^1] = draft;
        }
    }
}
