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

    public void Add(int newReplicas, int oldReplicas)
    {
        _steps.Add(StepMeasure.Measure(_steps.Count + 1, New, Old, newReplicas, oldReplicas));
        New = newReplicas;
        Old = oldReplicas;
    }
}
