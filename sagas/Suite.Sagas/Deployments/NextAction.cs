namespace Suite.Sagas.Deployments;

/// <summary>What the saga does next, decided by <see cref="DeploymentProgress.Next"/>.</summary>
public enum NextAction
{
    /// <summary>The deployment has ended, or waits for a reply already asked for.</summary>
    Wait,
    CheckWindow,
    AwaitWindow,
    AnalyzeTraffic,
    Plan,
    PreflightGate,
    RollOut,
    Drain,
    VerifyStep,
    FinalGate,
    Succeed,
    Pause,
    StayPaused,
    Abort,
    Fail,
    RollBack,
}
