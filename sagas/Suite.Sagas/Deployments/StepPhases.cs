namespace Suite.Sagas.Deployments;

/// <summary>
/// How far the current step is. Its scale, drain and route parts are done when the cluster matches
/// the step (the saga tracks replica counts and the route); the phases mark the parts that have no
/// such measure, in their order: started (a cluster command sent) → stabilized → analyzed → pause ended.
/// </summary>
public static class StepPhases
{
    public const string NotStarted = "";

    /// <summary>The step's first command that changes the cluster was sent.</summary>
    public const string Started = "Started";

    public const string Stabilized = "Stabilized";
    public const string Analyzed = "Analyzed";
    public const string PauseEnded = "PauseEnded";

    /// <summary>Set by the step model before composite steps; no longer reached.</summary>
    public const string RolledOut = "RolledOut";

    /// <summary>Set by the step model before composite steps; no longer reached.</summary>
    public const string Drained = "Drained";

    /// <summary>Whether <paramref name="phase"/> is at or past <paramref name="mark"/>.</summary>
    public static bool Reached(string phase, string mark) => Rank(phase) >= Rank(mark);

    private static int Rank(string phase) => phase switch
    {
        Started or RolledOut or Drained => 1,
        Stabilized => 2,
        Analyzed => 3,
        PauseEnded => 4,
        _ => 0,
    };
}
