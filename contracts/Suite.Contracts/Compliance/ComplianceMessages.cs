namespace Suite.Contracts.Compliance;

/// <summary>Asks whether the deployment may change the cluster now.</summary>
public sealed record CheckComplianceWindow
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Environment { get; init; } = "";
    public string? ComplianceProfile { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
}

/// <summary>The answer: open, or closed with why and (when known) when it reopens.</summary>
public sealed record ComplianceWindowChecked
{
    public Guid DeploymentId { get; init; }
    public bool IsOpen { get; init; }
    public string Profile { get; init; } = "";
    public string? Reason { get; init; }
    public DateTimeOffset? ReopensAt { get; init; }

    /// <summary>Closed for good (e.g. the profile does not exist): waiting would never help, so the deployment fails.</summary>
    public bool Permanent { get; init; }

    public DateTimeOffset CheckedAt { get; init; }
}
