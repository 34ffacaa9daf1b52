using Suite.Cluster;

namespace Suite.Integration.RabbitMq.Tests.EndToEnd;

/// <summary>How a deployment ended: the Orchestrator's last report, the cluster right after, and the history.</summary>
public sealed record DeploymentOutcome(DeploymentStateReport Report, WorkloadStatus Cluster, DeploymentHistoryReport History);
