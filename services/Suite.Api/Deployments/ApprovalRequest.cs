namespace Suite.Api.Deployments;

/// <summary>The body of approve and override: who, and why (both required).</summary>
public sealed record ApprovalRequest
{
    public string? Approver { get; init; }
    public string? Reason { get; init; }
}
