using Suite.Sagas.Deployments;
using Suite.Sagas.EventStore;
using Suite.Sagas.History;

namespace Suite.Sagas.Projections;

/// <summary>A deployment's summary, made by folding its history exactly as the saga does.</summary>
public static class DeploymentSummaryProjection
{
    public static DeploymentSummary Project(IReadOnlyList<RecordedEvent> stream)
    {
        var deploymentId = stream[0].Metadata.CorrelationId;
        var state = DeploymentHistoryFold.Replay(deploymentId, stream.Select(e => e.Data));
        var report = state.ToReport();
        return new DeploymentSummary
        {
            DeploymentId = deploymentId,
            Application = report.Application,
            Namespace = report.Namespace,
            Environment = report.Environment,
            Image = report.Image,
            PreviousImage = report.PreviousImage,
            Strategy = report.Strategy,
            State = report.State,
            IsTerminal = report.IsTerminal,
            RequestedBy = report.RequestedBy,
            Step = report.Step,
            TotalSteps = report.TotalSteps,
            LastError = report.LastError,
            StartedAt = report.StartedAt,
            UpdatedAt = report.UpdatedAt,
            HistoryVersion = stream[^1].Version,
        };
    }
}
