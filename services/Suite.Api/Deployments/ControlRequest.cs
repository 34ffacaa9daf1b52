namespace Suite.Api.Deployments;

/// <summary>The body of pause, resume, abort and promote; <see cref="Full"/> is read by promote only.</summary>
public sealed record ControlRequest
{
    public string? RequestedBy { get; init; }
    public string? Reason { get; init; }
    public bool Full { get; init; }
}
