namespace Suite.Sagas.Deployments;

/// <summary>How a deployment ended; each is also the name of its final state.</summary>
public static class Outcomes
{
    public const string Succeeded = "Succeeded";
    public const string RolledBack = "RolledBack";
    public const string Failed = "Failed";
    public const string Rejected = "Rejected";
    public const string Aborted = "Aborted";
}
