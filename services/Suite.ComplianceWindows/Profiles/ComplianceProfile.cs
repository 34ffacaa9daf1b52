namespace Suite.ComplianceWindows.Profiles;

/// <summary>When deployments under this profile may not change the cluster.</summary>
public sealed class ComplianceProfile
{
    public List<Freeze> Freezes { get; set; } = [];
}
