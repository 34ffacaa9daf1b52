namespace Suite.Api.Deployments;

/// <summary>
/// The body of pause, resume, abort, promote, revert and retry; <see cref="Full"/> is read by promote
/// only, <see cref="NewDeploymentId"/> by retry only (absent: a new id).
/// </summary>
public sealed record ControlRequest
{
    public string? RequestedBy { get; init; }
    public string? Reason { get; init; }
    public bool Full { get; init; }
    public Guid? NewDeploymentId { get; init; }
}
