using Suite.Contracts.Planning;
using Suite.Contracts.Traffic;

namespace Suite.Sagas.Deployments;

/// <summary>
/// The saga's state. Everything but <see cref="CurrentState"/> and <see cref="Version"/> is a
/// fold of the deployment's history (<see cref="History.DeploymentHistoryFold"/>), and
/// <see cref="CurrentState"/> follows from it (<see cref="DeploymentProgress.StateOf"/>):
/// replaying the history gives back this object.
/// </summary>
public sealed class DeploymentState : SagaStateMachineInstance, ISagaVersion
{
    public Guid CorrelationId { get; set; }
    public string CurrentState { get; set; } = "";
    public int Version { get; set; }

    /// <summary>Events in the deployment's history stream (its expected version for the next append).</summary>
    public long HistoryVersion { get; set; }

    public string Application { get; set; } = "";
    public string Namespace { get; set; } = "";
    public string Image { get; set; } = "";
    public string Strategy { get; set; } = "";
    public string Environment { get; set; } = "";
    public string RequestedBy { get; set; } = "";
    public int? Replicas { get; set; }
    public string? MaxSurge { get; set; }
    public string? MaxUnavailable { get; set; }
    public string? ComplianceProfile { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool WindowOpen { get; set; }
    public string? WindowClosedReason { get; set; }
    public DateTimeOffset? WindowReopensAt { get; set; }
    public Guid? WindowRecheckTokenId { get; set; }

    public bool TrafficAnalyzed { get; set; }
    public string? CurrentImage { get; set; }
    public VersionMetrics? Baseline { get; set; }

    public bool Planned { get; set; }
    public string? PreviousImage { get; set; }
    public int PreviousReplicas { get; set; }
    public int DesiredReplicas { get; set; }
    public List<PlanStep> Steps { get; set; } = [];

    public bool PreflightPassed { get; set; }

    /// <summary>Steps whose post-step gate passed.</summary>
    public int CompletedSteps { get; set; }

    /// <summary>Where the current step is: <see cref="StepPhases"/>.</summary>
    public string StepPhase { get; set; } = StepPhases.NotStarted;

    public bool FinalGatePassed { get; set; }

    /// <summary>True once a command that changes the cluster was sent: from then on, stopping means rolling back.</summary>
    public bool ClusterChanged { get; set; }

    public int NewReady { get; set; }
    public int OldReady { get; set; }
    public string? LastGateOutcome { get; set; }
    public string? LastError { get; set; }

    /// <summary>Why the deployment cannot go on (a gate or a step failed); the saga acts on it at once.</summary>
    public string? FailureReason { get; set; }

    public bool PauseRequested { get; set; }
    public string? PauseRequestedBy { get; set; }
    public string? PauseReason { get; set; }
    public bool IsPaused { get; set; }
    public bool AbortRequested { get; set; }
    public string? AbortRequestedBy { get; set; }
    public string? AbortReason { get; set; }

    public string? RollbackReason { get; set; }
    public DateTimeOffset? RollbackStartedAt { get; set; }
    public DateTimeOffset? RollbackCompletedAt { get; set; }

    /// <summary>Set once the deployment has ended: <see cref="Outcomes"/>.</summary>
    public string? Outcome { get; set; }

    public List<string> RejectionErrors { get; set; } = [];
}
