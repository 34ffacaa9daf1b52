using Suite.Contracts.Planning;
using History = Suite.Sagas.History;

namespace Suite.Sagas.Deployments;

/// <summary>The parts of a plan step that record more than a command: its start, its pause, its completion.</summary>
internal static class StepActions
{
    /// <summary>The step's first command that changes the cluster marks it started: from here on, stopping means rolling back.</summary>
    public static Task Start(BehaviorContext<DeploymentState> context, PlanStep step, DateTimeOffset now) =>
        context.Saga.StepPhase == StepPhases.NotStarted
            ? HistoryRecorder.Record(context, new History.StepStarted(step.Index, step.NewReplicas, step.OldReplicas, now))
            : Task.CompletedTask;

    public static async Task Pause(BehaviorContext<DeploymentState> context, PlanStep step, DateTimeOffset now)
    {
        if (context.Saga.WaitRemaining is not null || step.PauseDuration is not null)
        {
            await DeploymentTimers.StepWait(context, step.Index, StepWaits.Pause, StepProgress.WaitFor(context.Saga, step.PauseDuration), now);
            return;
        }

        await HistoryRecorder.Record(context, new History.PromotionAwaited(step.Index, now));
        await PublishPaused(context, "plan", context.Saga.PauseReason, now);
    }

    public static async Task Complete(BehaviorContext<DeploymentState> context, PlanStep step, DateTimeOffset now)
    {
        var s = context.Saga;
        await HistoryRecorder.Record(context, new History.StepCompleted(step.Index, now));
        await context.Publish(new DeploymentStepCompleted
        {
            DeploymentId = s.CorrelationId, Application = s.Application, Environment = s.Environment, Step = s.CompletedSteps,
            TotalSteps = PlanShape.RunSteps(s.Steps), NewReplicas = s.NewReady, OldReplicas = s.OldReady,
            NewVersionWeight = DeploymentProgress.NewVersionWeight(s), OccurredAt = now,
        });
    }

    public static Task PublishPaused(BehaviorContext<DeploymentState> context, string by, string? reason, DateTimeOffset now) =>
        context.Publish(new DeploymentPaused
        {
            DeploymentId = context.Saga.CorrelationId, Application = context.Saga.Application, Environment = context.Saga.Environment,
            RequestedBy = by, Reason = reason, OccurredAt = now,
        });
}
