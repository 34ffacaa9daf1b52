using Suite.Contracts.Gates;
using History = Suite.Sagas.History;

namespace Suite.Sagas.Deployments;

public sealed partial class DeploymentStateMachine
{
    private void Accepting(TimeProvider time) =>
        Initially(
            When(Requested)
                .Validate()
                .IfElse(c => c.Saga.RejectionErrors.Count > 0,
                    rejected => rejected
                        .Record(c => new History.RequestRejected(c.Message.Application, c.Message.Namespace, c.Message.Image,
                            c.Message.Strategy, c.Message.Environment, c.Message.RequestedBy, c.Saga.RejectionErrors, time.GetUtcNow()))
                        .TransitionTo(Rejected)
                        .PublishAsync(c => c.Init<DeploymentRejected>(new DeploymentRejected
                        {
                            DeploymentId = c.Saga.CorrelationId, Application = c.Message.Application, Namespace = c.Message.Namespace,
                            Environment = c.Message.Environment, Errors = c.Saga.RejectionErrors, OccurredAt = c.Saga.UpdatedAt,
                        })),
                    accepted => accepted
                        .Record(c => new History.RequestAccepted(c.Message.Application, c.Message.Namespace, c.Message.Image,
                            DeploymentStrategies.Normalize(c.Message.Strategy)!, c.Message.Environment, c.Message.RequestedBy,
                            c.Message.Replicas, c.Message.MaxSurge, c.Message.MaxUnavailable, c.Message.ComplianceProfile,
                            c.Message.Reason, time.GetUtcNow(), c.Message.RetryOf))
                        .RecordOptions(time)
                        .PublishAsync(c => c.Init<DeploymentAccepted>(new DeploymentAccepted
                        {
                            DeploymentId = c.Saga.CorrelationId, Application = c.Saga.Application, Namespace = c.Saga.Namespace,
                            Environment = c.Saga.Environment, Image = c.Saga.Image, Strategy = c.Saga.Strategy,
                            RequestedBy = c.Saga.RequestedBy, RetryOf = c.Saga.RetryOf, OccurredAt = c.Saga.StartedAt,
                        }))
                        .Advance()));

    private void Preparing(TimeProvider time)
    {
        During(AnalyzingTraffic,
            When(TrafficAnalyzed)
                .Record(c => new History.BaselineTaken(c.Message.CurrentImage, c.Message.Baseline, time.GetUtcNow()))
                .Advance(),
            When(TrafficAnalysisFailed)
                .Record(c => new History.Failed($"traffic analysis failed: {c.Message.Reason}", time.GetUtcNow()))
                .Advance(),
            When(AnalysisFaulted).RecordFault("traffic analysis", time).Advance());

        During(Planning,
            When(Planned)
                .Record(c => new History.PlanMade(c.Message.PreviousImage, c.Message.PreviousReplicas, c.Message.DesiredReplicas,
                    c.Message.MaxSurge, c.Message.MaxUnavailable, c.Message.Steps, time.GetUtcNow(), c.Message.ScaleDownDelay))
                .Advance(),
            When(PlanningFailed)
                .Record(c => new History.Failed($"planning failed: {c.Message.Reason}", time.GetUtcNow()))
                .Advance(),
            When(PlanningFaulted).RecordFault("planning", time).Advance());

        During(Preflight,
            When(GateEvaluated, c => c.Message.Stage == GateStages.PreDeployment)
                .RecordGate(time)
                .Advance(),
            When(GateFaulted, c => c.Message.Message.Stage == GateStages.PreDeployment).RecordFault("pre-deployment gate", time).Advance());
    }
}
