namespace Suite.Planning.Steps;

/// <summary>
/// Builds a plan one target at a time and measures each step from the state before it, so that
/// <see cref="PlanStep.MinAvailable"/> and <see cref="PlanStep.MaxTotal"/> describe what the
/// cluster actually goes through rather than what a strategy hopes for.
/// </summary>
internal sealed class StepSequence(int newReady, int oldReady)
{
    private readonly List<PlanStep> _steps = [];

    public int New { get; private set; } = newReady;

    public int Old { get; private set; } = oldReady;

    public IReadOnlyList<PlanStep> Steps => _steps;

    public void Add(int newReplicas, int oldReplicas) => Add(new PlanStep { NewReplicas = newReplicas, OldReplicas = oldReplicas });

    /// <summary>Adds <paramref name="step"/> as the next one, numbered and measured; its other parts are kept as given.</summary>
    public void Add(PlanStep step)
    {
        var measured = StepMeasure.Measure(_steps.Count + 1, New, Old, step.NewReplicas, step.OldReplicas);
        _steps.Add(step with { Index = measured.Index, MinAvailable = measured.MinAvailable, MaxTotal = measured.MaxTotal });
        New = step.NewReplicas;
        Old = step.OldReplicas;
    }

    public void AddRange(IEnumerable<PlanStep> steps)
    {
        foreach (var step in steps)
        {
            Add(step);
        }
    }
}
