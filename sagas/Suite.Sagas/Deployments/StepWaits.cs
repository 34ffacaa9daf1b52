namespace Suite.Sagas.Deployments;

/// <summary>The timed waits inside a step (<see cref="DeploymentState.WaitKind"/>).</summary>
public static class StepWaits
{
    /// <summary>Let a step settle before its analysis (state Stabilizing).</summary>
    public const string Stabilization = "Stabilization";

    /// <summary>A pause step with a duration: traffic is observed on the new version this long (state Observing).</summary>
    public const string Pause = "Pause";
}
