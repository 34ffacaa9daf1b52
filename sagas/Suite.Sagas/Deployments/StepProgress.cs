using Suite.Contracts.Planning;

namespace Suite.Sagas.Deployments;

/// <summary>
/// The next part of a composite plan step, in the order <see cref="PlanStep"/> gives: scale the new
/// version, drain the old, route traffic, stabilize, analyze, pause (a step that lowers the new
/// version's weight routes first). A part that would change nothing is skipped; a full promotion
/// skips the waits, analyses and pauses.
/// </summary>
public static class StepProgress
{
    public static NextAction Next(DeploymentState s, PlanStep step)
    {
        // A lower weight moves traffic off the new version before its pods go, so no pod takes more than its share.
        if (RouteChanges(s, step) && step.TrafficWeight < s.RouteWeight)
        {
            return NextAction.Route;
        }

        if (step.NewReplicas != s.NewScaledTo)
        {
            return NextAction.RollOut;
        }

        // Only ever down: an old pod lost on the way (it crashed) is not brought back by a drain.
        if (s.PreviousImage is not null && step.OldReplicas < s.OldReady)
        {
            return NextAction.Drain;
        }

        if (RouteChanges(s, step))
        {
            return NextAction.Route;
        }

        if (s.PromotedFully)
        {
            return NextAction.CompleteStep;
        }

        if (step.Stabilization > TimeSpan.Zero && !StepPhases.Reached(s.StepPhase, StepPhases.Stabilized))
        {
            return NextAction.Stabilize;
        }

        if (step.Analysis && !StepPhases.Reached(s.StepPhase, StepPhases.Analyzed))
        {
            return NextAction.VerifyStep;
        }

        return step.Pause && !StepPhases.Reached(s.StepPhase, StepPhases.PauseEnded) ? NextAction.PauseStep : NextAction.CompleteStep;
    }

    /// <summary>A step with a weight or a header route sets it unless it is already in place; a step with neither leaves the route alone.</summary>
    public static bool RouteChanges(DeploymentState s, PlanStep step) =>
        (step.TrafficWeight is not null || step.HeaderRoute is not null)
        && (step.TrafficWeight != s.RouteWeight || step.HeaderRoute != s.RouteHeader);

    /// <summary>How long the step's next wait lasts: what a pause left of it, else the step's own time.</summary>
    public static TimeSpan WaitFor(DeploymentState s, TimeSpan? planned) =>
        s.WaitRemaining ?? planned ?? TimeSpan.Zero;
}
