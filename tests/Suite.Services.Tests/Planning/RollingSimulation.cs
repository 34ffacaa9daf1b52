using Suite.Contracts.Planning;

namespace Suite.Services.Tests.Planning;

/// <summary>
/// Walks a rolling plan instant by instant, independently of the planner, and records every
/// broken promise: the scale-up moment (new pods exist, not yet ready), after they are ready,
/// and after the old version drained.
/// </summary>
internal sealed class RollingSimulation(int replicas, int maxSurge, int maxUnavailable, int oldReplicas)
{
    public List<string> Violations { get; } = [];

    public void Run(IReadOnlyList<PlanStep> steps)
    {
        var floor = Math.Min(replicas - maxUnavailable, oldReplicas);
        var ceiling = replicas + maxSurge;
        var (ready, old) = (0, oldReplicas);

        foreach (var step in steps)
        {
            var instants = new (int Ready, int Running)[]
            {
                (old + ready, old + step.NewReplicas),
                (old + step.NewReplicas, old + step.NewReplicas),
                (step.OldReplicas + step.NewReplicas, step.OldReplicas + step.NewReplicas),
            };

            Check(step, step.NewReplicas >= ready && step.OldReplicas <= old, "moves backwards");
            Check(step, (step.NewReplicas, step.OldReplicas) != (ready, old), "makes no progress");
            Check(step, instants.All(i => i.Ready >= floor), $"lets ready pods fall below {floor}");
            Check(step, step.NewReplicas == ready || old + step.NewReplicas <= ceiling, $"adds pods beyond {ceiling}");
            Check(step, step.MinAvailable == instants.Min(i => i.Ready), $"claims MinAvailable {step.MinAvailable}");
            Check(step, step.MaxTotal == Math.Max(old + ready, instants.Max(i => i.Running)), $"claims MaxTotal {step.MaxTotal}");
            (ready, old) = (step.NewReplicas, step.OldReplicas);
        }

        if (steps.Count == 0 || (steps[^1].NewReplicas, steps[^1].OldReplicas) != (replicas, 0))
        {
            Violations.Add($"does not end at new {replicas} / old 0");
        }

        if (steps.Count > replicas + oldReplicas + 1)
        {
            Violations.Add($"takes {steps.Count} steps");
        }
    }

    private void Check(PlanStep step, bool holds, string broken)
    {
        if (!holds)
        {
            Violations.Add($"step {step.Index} ({step.NewReplicas}/{step.OldReplicas}) {broken}");
        }
    }
}
