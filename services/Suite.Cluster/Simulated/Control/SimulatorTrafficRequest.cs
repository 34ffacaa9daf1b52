namespace Suite.Cluster.Simulated.Control;

/// <summary>Body of <c>PUT /suite-simulator/v1/namespaces/{ns}/applications/{app}/traffic</c>.</summary>
public sealed record SimulatorTrafficRequest(double RequestsPerSecond);
