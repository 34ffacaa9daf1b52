namespace Suite.Cluster.Simulated.Control;

/// <summary>Body of <c>PUT /suite-simulator/v1/pods</c>: how one pod behaves. Absent numbers take the cluster's defaults.</summary>
public sealed record SimulatorPodRequest(string? Name, double? ErrorRate = null, double? P95LatencyMs = null);
