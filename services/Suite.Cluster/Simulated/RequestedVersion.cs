namespace Suite.Cluster.Simulated;

/// <summary>A version to create, as read from a Deployment posted to the simulated API server, with the annotations it carries beside Suite's image annotation.</summary>
internal sealed record RequestedVersion(string Name, WorkloadRef Workload, string Image, int Replicas, IReadOnlyDictionary<string, string> Annotations);
