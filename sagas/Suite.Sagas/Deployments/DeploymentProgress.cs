using Suite.Contracts.Planning;

namespace Suite.Sagas.Deployments;

/// <summary>
/// The saga's decisions as pure functions of its data: what to do next, and which state that
/// puts the deployment in. No I/O, so they are tested without a bus.
/// </summary>
public static class DeploymentProgress
{
    public const string CheckingWindow = "CheckingWindow";
    public const string AwaitingWindow = "AwaitingWindow";
    public const string AwaitingApproval = "AwaitingApproval";
    public const string AnalyzingTraffic = "AnalyzingTraffic";
    public const string Planning = "Planning";
    public const string Preflight = "Preflight";
    public const string RollingOut = "RollingOut";
    public const string Draining = "Draining";
    public const string Routing = "Routing";
    public const string Stabilizing = "Stabilizing";
    public const string Verifying = "Verifying";
    public const string Observing = "Observing";
    public const string Paused = "Paused";
    public const string RollingBack = "RollingBack";

    /// <summary>
    /// The next action. Failure comes first (a failed gate rolls back even when a pause was asked
    /// for), then abort or revert, which act at once even while an answer is due; otherwise
    /// nothing happens until the awaited answer comes, then pause, then the next piece of work.
    /// </summary>
    public static NextAction Next(DeploymentState s)
    {
        if (s.Outcome is not null || s.RollbackStartedAt is not null)
        {
            return NextAction.Wait;
        }

        if (s.FailureReason is not null)
        {
            return s.ClusterChanged ? NextAction.RollBack : NextAction.Fail;
        }

        if (s.AbortRequested || s.RevertRequested)
        {
            return s.ClusterChanged ? NextAction.RollBack : NextAction.Abort;
        }

        if (s.Awaiting is not null)
        {
            return NextAction.Wait;
        }

        if (s.IsPaused)
        {
            return NextAction.StayPaused;
        }

        if (s.PauseRequested)
        {
            return NextAction.Pause;
        }

        if (s.WaitTokenId is not null || s.WindowRecheckTokenId is not null)
        {
            return NextAction.Wait;
        }

        var work = NextWork(s);
        return work == NextAction.AwaitApproval && s.ApprovalTokenId is not null ? NextAction.Wait : work;
    }

    /// <summary>The state a deployment with this data is in (also the state a replay of its history gives).</summary>
    public static string StateOf(DeploymentState s)
    {
        if (s.Outcome is not null)
        {
            return s.Outcome;
        }

        if (s.RollbackStartedAt is not null)
        {
            return RollingBack;
        }

        if (s.Awaiting is { } command)
        {
            return AwaitedCommands.StateOf(command);
        }

        if (s.IsPaused)
        {
            return Paused;
        }

        if (s.WaitTokenId is not null)
        {
            return s.WaitKind == StepWaits.Stabilization ? Stabilizing : Observing;
        }

        return StateOf(NextWork(s));
    }

    public static bool IsTerminal(string state) =>
        state is Outcomes.Succeeded or Outcomes.RolledBack or Outcomes.Failed or Outcomes.Rejected or Outcomes.Aborted;

    /// <summary>The step the deployment is on, or null when no step is under way.</summary>
    public static PlanStep? CurrentStep(DeploymentState s) =>
        s.Planned && s.CompletedSteps < PlanShape.RunSteps(s.Steps) ? s.Steps[s.CompletedSteps] : null;

    /// <summary>Percent of traffic on the new version: the route's weight, else by ready pods (a header route alone sends it only marked requests).</summary>
    public static double NewVersionWeight(DeploymentState s) => s.Outcome switch
    {
        Outcomes.Succeeded => 100,
        Outcomes.RolledBack => 0,
        _ when s.RouteWeight is { } weight => weight,
        _ when s.RouteHeader is not null => 0,
        _ when s.NewReady + s.OldReady == 0 => 0,
        _ => Math.Round(100.0 * s.NewReady / (s.NewReady + s.OldReady), 1),
    };

    /// <summary>
    /// The step about to start, whose boundary the compliance window must be open at: after the
    /// pre-deployment gate, before the step's first part. Null before the start is cleared (the check
    /// then is the start's) and between boundaries (a started step finishes; a rollback is never held).
    /// </summary>
    public static int? WindowBoundary(DeploymentState s) =>
        s.WindowOpen && s.PreflightPassed && s.StepPhase == StepPhases.NotStarted && CurrentStep(s) is { } step ? step.Index : null;

    /// <summary>A second person's approval is still needed before the deployment starts.</summary>
    public static bool NeedsApproval(DeploymentState s) => s.RequiresApproval && s.ApprovedBy is null && !s.TrafficAnalyzed;

    /// <summary>What the compliance window asks for at the boundary the deployment is at; null when it lets the work go on.</summary>
    private static NextAction? WindowWork(DeploymentState s)
    {
        var cleared = s.WindowOpen && (WindowBoundary(s) is not { } step || s.WindowClearedStep == step);
        if (!cleared)
        {
            return s.WindowClosedReason is null ? NextAction.CheckWindow : NextAction.AwaitWindow;
        }

        return s.WindowWaitingSince is not null ? NextAction.WindowReopened : null;
    }

    private static NextAction NextWork(DeploymentState s)
    {
        if (WindowWork(s) is { } window)
        {
            return window;
        }

        if (NeedsApproval(s))
        {
            return NextAction.AwaitApproval;
        }

        if (!s.TrafficAnalyzed)
        {
            return NextAction.AnalyzeTraffic;
        }

        if (!s.Planned)
        {
            return NextAction.Plan;
        }

        if (!s.PreflightPassed)
        {
            return NextAction.PreflightGate;
        }

        if (CurrentStep(s) is { } step)
        {
            return StepProgress.Next(s, step);
        }

        return s.FinalGatePassed ? NextAction.Succeed : NextAction.FinalGate;
    }

    private static string StateOf(NextAction work) => work switch
    {
        NextAction.CheckWindow => CheckingWindow,
        NextAction.AwaitWindow or NextAction.WindowReopened => AwaitingWindow,
        NextAction.AwaitApproval => AwaitingApproval,
        NextAction.AnalyzeTraffic => AnalyzingTraffic,
        NextAction.Plan => Planning,
        NextAction.PreflightGate => Preflight,
        NextAction.RollOut => RollingOut,
        NextAction.Drain => Draining,
        NextAction.Route => Routing,
        NextAction.Stabilize => Stabilizing,
        NextAction.PauseStep => Observing,
        NextAction.VerifyStep or NextAction.FinalGate or NextAction.Succeed or NextAction.CompleteStep => Verifying,
        _ => throw new ArgumentOutOfRangeException(nameof(work), work, "not a piece of work"),
    };
}
