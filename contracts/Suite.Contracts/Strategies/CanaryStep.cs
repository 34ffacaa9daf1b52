namespace Suite.Contracts;

/// <summary>
/// One step of a canary, written as Argo Rollouts users write them: exactly one of
/// <c>{"setWeight": 10}</c>, <c>{"pause": {"duration": "30s"}}</c>, <c>{"pause": {}}</c> (until promoted)
/// or <c>{"analysis": {}}</c>.
/// </summary>
public sealed record CanaryStep
{
    /// <summary>Percent (0–100) of traffic to send to the new version; its replicas follow the weight.</summary>
    public int? SetWeight { get; init; }

    public CanaryPause? Pause { get; init; }

    public CanaryAnalysis? Analysis { get; init; }
}

/// <summary>A pause: for <see cref="Duration"/> ("30s", "5m", "1h30m"), or until promoted when absent.</summary>
public sealed record CanaryPause
{
    public string? Duration { get; init; }
}

/// <summary>Run the quality gate against the baseline here; a failure rolls back.</summary>
public sealed record CanaryAnalysis
{
}
