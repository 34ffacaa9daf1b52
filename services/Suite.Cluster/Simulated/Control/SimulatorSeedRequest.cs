namespace Suite.Cluster.Simulated.Control;

/// <summary>Body of <c>POST /suite-simulator/v1/namespaces/{ns}/applications/{app}/seed</c>: pods ready at once.</summary>
public sealed record SimulatorSeedRequest(string? Image, int Replicas);
