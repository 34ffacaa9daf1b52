namespace Suite.Sagas.Deployments;

/// <summary>What the saga does next, decided by <see cref="DeploymentProgress.Next"/>.</summary>
public enum NextAction
{
    /// <summary>The deployment has ended, or waits for a reply already asked for, or for a timer.</summary>
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

    /// <summary>Set the step's traffic route.</summary>
    Route,

    /// <summary>Wait the step's stabilization time.</summary>
    Stabilize,

    /// <summary>The step's pause: timed, or until promoted.</summary>
    PauseStep,

    /// <summary>Every part of the step is done.</summary>
    CompleteStep,

    /// <summary>The window that held the deployment is open again: record that it goes on.</summary>
    WindowReopened,

    /// <summary>The profile requires a second person's approval before the start: wait for it, up to the maximum wait.</summary>
    AwaitApproval,
}
