namespace Suite.Sagas.Deployments;

/// <summary>A plan step runs rollout (new pods up), then drain (old pods out), then its gate.</summary>
public static class StepPhases
{
    public const string NotStarted = "";
    public const string RolledOut = "RolledOut";
    public const string Drained = "Drained";
}
