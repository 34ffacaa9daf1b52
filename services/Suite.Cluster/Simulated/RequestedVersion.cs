namespace Suite.Cluster.Simulated;

/// <summary>A version to create, as read from a Deployment posted to the simulated API server.</summary>
internal sealed record RequestedVersion(string Name, WorkloadRef Workload, string Image, int Replicas);
