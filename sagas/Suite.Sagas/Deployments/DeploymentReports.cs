namespace Suite.Sagas.Deployments;

/// <summary>The saga as <c>GetDeploymentState</c> answers it.</summary>
public static class DeploymentReports
{
    public static DeploymentStateReport ToReport(this DeploymentState s)
    {
        return new DeploymentStateReport
        {
            DeploymentId = s.CorrelationId,
            Application = s.Application,
            Namespace = s.Namespace,
            Environment = s.Environment,
            Image = s.Image,
            PreviousImage = s.PreviousImage,
            Strategy = s.Strategy,
            RequestedBy = s.RequestedBy,
            State = s.CurrentState,
            IsTerminal = DeploymentProgress.IsTerminal(s.CurrentState),
            PauseRequested = s.PauseRequested && !s.IsPaused && s.Outcome is null && s.RollbackStartedAt is null,
            PauseReason = s.IsPaused && s.Outcome is null && s.RollbackStartedAt is null ? s.PauseReason ?? "paused" : null,
            Step = s.CompletedSteps,
            TotalSteps = PlanShape.RunSteps(s.Steps),
            NewVersionWeight = DeploymentProgress.NewVersionWeight(s),
            ReadyReplicas = s.NewReady + s.OldReady,
            UpdatedReplicas = s.NewReady,
            DesiredReplicas = s.DesiredReplicas,
            LastGateOutcome = s.LastGateOutcome,
            StartedAt = s.StartedAt,
            UpdatedAt = s.UpdatedAt,
            LastError = s.LastError,
            RollbackDecidedAt = s.RollbackStartedAt,
            RollbackCompletedAt = s.RollbackCompletedAt,
            RollbackTrafficSwitchedAt = s.RollbackTrafficSwitchedAt,
            RollbackRestoreStartedAt = s.RollbackRestoreStartedAt,
            RollbackPreviousReadyAt = s.RollbackPreviousReadyAt,
            RollbackWindowEndsAt = s.RollbackWindowEndsAt,
            WaitingFor = s.CurrentState switch
            {
                DeploymentProgress.AwaitingWindow => s.WindowClosedReason ?? s.LastClosedReason,
                DeploymentProgress.AwaitingApproval => $"{DeploymentWaitingForWindow.ApprovalReasonPrefix} {s.ApprovalReason ?? "a second person approves"}",
                _ => null,
            },
            WindowReopensAt = s.CurrentState == DeploymentProgress.AwaitingWindow ? s.WindowReopensAt : null,
            GiveUpAt = s.CurrentState switch
            {
                DeploymentProgress.AwaitingWindow => s.WindowGiveUpAt,
                DeploymentProgress.AwaitingApproval => s.ApprovalGiveUpAt,
                _ => null,
            },
            ApprovalRequired = s.RequiresApproval,
            ApprovedBy = s.ApprovedBy,
            OverriddenBy = s.OverriddenBy,
        };
    }
}
