namespace Suite.ComplianceWindows.Evaluation;

/// <summary>What the evaluation needs to know of the deployment asking: its environment, and whether an emergency override is in force for it.</summary>
public sealed record DeploymentContext(string? Environment = null, bool Overridden = false)
{
    public static DeploymentContext None { get; } = new();
}
