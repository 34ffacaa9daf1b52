namespace Suite.Planning;

/// <summary>A plan, or every reason there is none.</summary>
public sealed record PlanResult
{
    /// <summary>The strategy's canonical name, or the text given when it names none.</summary>
    public string Strategy { get; init; } = "";

    /// <summary>The preset's canonical name, when one was given.</summary>
    public string? Preset { get; init; }

    public int DesiredReplicas { get; init; }

    /// <summary>
    /// Rolling: maxSurge resolved to pods against <see cref="DesiredReplicas"/>. Other strategies: the
    /// most pods above <see cref="DesiredReplicas"/> the plan runs at once.
    /// </summary>
    public int MaxSurge { get; init; }

    /// <summary>
    /// Rolling: maxUnavailable resolved to pods against <see cref="DesiredReplicas"/>. Other strategies:
    /// how far below <see cref="DesiredReplicas"/> ready pods fall at worst.
    /// </summary>
    public int MaxUnavailable { get; init; }

    public IReadOnlyList<PlanStep> Steps { get; init; } = [];

    /// <summary>Blue-green: how long blue stays up after the switch; already in the plan as the switch step's pause.</summary>
    public TimeSpan? ScaleDownDelay { get; init; }

    /// <summary>The fewest ready pods at any moment of the plan.</summary>
    public int MinAvailable { get; init; }

    /// <summary>The most pods that exist at any moment of the plan.</summary>
    public int MaxTotal { get; init; }

    /// <summary>Pod start-up and shutdown, waits, timed pauses and gates, by <see cref="PlanTimings"/>; pauses until promotion count as nothing.</summary>
    public TimeSpan ExpectedDuration { get; init; }

    public IReadOnlyList<string> Errors { get; init; } = [];

    public bool Succeeded => Errors.Count == 0;
}
