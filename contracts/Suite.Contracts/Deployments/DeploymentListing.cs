namespace Suite.Contracts;

/// <summary>
/// Request: deployments, newest first, answered by <see cref="DeploymentList"/> from the deployment
/// summary read model (kept current from the history; it can trail the saga by a moment).
/// Every filter is optional; <see cref="ContinuationToken"/> from the previous page asks for the next.
/// </summary>
public sealed record ListDeployments
{
    public string? Application { get; init; }
    public string? Environment { get; init; }

    /// <summary>A state name (<c>RollingOut</c>, <c>Succeeded</c> …), or <c>running</c> / <c>ended</c>.</summary>
    public string? State { get; init; }

    public DateTimeOffset? StartedAfter { get; init; }
    public DateTimeOffset? StartedBefore { get; init; }

    /// <summary>Page size, 1–200 (20 when absent).</summary>
    public int? Limit { get; init; }

    public string? ContinuationToken { get; init; }
}

/// <summary>One page of deployments; <see cref="ContinuationToken"/> is null on the last page.</summary>
public sealed record DeploymentList
{
    public IReadOnlyList<DeploymentSummary> Items { get; init; } = [];
    public string? ContinuationToken { get; init; }

    /// <summary>Why the request was not answered (a limit out of range, a token not given out): then there are no items.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];
}

/// <summary>A deployment as the summary read model holds it.</summary>
public sealed record DeploymentSummary
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Namespace { get; init; } = "";
    public string Environment { get; init; } = "";
    public string Image { get; init; } = "";
    public string? PreviousImage { get; init; }
    public string Strategy { get; init; } = "";
    public string State { get; init; } = "";
    public bool IsTerminal { get; init; }
    public string RequestedBy { get; init; } = "";
    public int Step { get; init; }
    public int TotalSteps { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Events in the deployment's history when this summary was made.</summary>
    public long HistoryVersion { get; init; }
}

/// <summary>Request: check a deployment's history hash chain; answered by <see cref="DeploymentHistoryVerified"/> or <see cref="DeploymentNotFound"/>.</summary>
public sealed record VerifyDeploymentHistory
{
    public Guid DeploymentId { get; init; }
}

/// <summary>Intact, or the first broken link: the version where the chain breaks and why.</summary>
public sealed record DeploymentHistoryVerified
{
    public Guid DeploymentId { get; init; }
    public bool IsIntact { get; init; }
    public int EventsChecked { get; init; }
    public long? FirstBrokenVersion { get; init; }
    public string? Problem { get; init; }
}
