namespace Suite.Planning;

/// <summary>A plan, or every reason there is none.</summary>
public sealed record PlanResult
{
    /// <summary>The strategy's canonical name, or the text given when it names none.</summary>
    public string Strategy { get; init; } = "";

    public int DesiredReplicas { get; init; }

    /// <summary>maxSurge resolved to pods against <see cref="DesiredReplicas"/>.</summary>
    public int MaxSurge { get; init; }

    /// <summary>maxUnavailable resolved to pods against <see cref="DesiredReplicas"/>.</summary>
    public int MaxUnavailable { get; init; }

    public IReadOnlyList<PlanStep> Steps { get; init; } = [];

    public IReadOnlyList<string> Errors { get; init; } = [];

    public bool Succeeded => Errors.Count == 0;
}
