namespace Suite.Cluster.Simulated.Control;

/// <summary>
/// Body of <c>PUT /suite-simulator/v1/versions</c>: how an image behaves. Absent numbers take the
/// cluster's defaults.
/// </summary>
public sealed record SimulatorVersionRequest(
    string? Image,
    double? ErrorRate = null,
    double? P95LatencyMs = null,
    double? StartupSeconds = null,
    bool NeverReady = false);
