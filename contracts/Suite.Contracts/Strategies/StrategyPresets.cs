namespace Suite.Contracts;

/// <summary>Named presets for <see cref="DeploymentRequested.Preset"/> (case-insensitive).</summary>
public static class StrategyPresets
{
    /// <summary>Rolling, one pod at a time (maxSurge 1, maxUnavailable 0).</summary>
    public const string Conservative = "Conservative";

    /// <summary>Rolling, 25% surge and 25% unavailable (Kubernetes' default).</summary>
    public const string Balanced = "Balanced";

    /// <summary>Rolling, 50% surge and 50% unavailable.</summary>
    public const string Aggressive = "Aggressive";

    /// <summary>Rolling, 25% batches that replace the worst-performing pods first (by the cluster's per-pod metrics).</summary>
    public const string Adaptive = "Adaptive";

    /// <summary>Canary in small steps for critical systems: 1, 2, 5, 10, 20, 35, 50, 75, 100.</summary>
    public const string Cautious = "Cautious";

    public static IReadOnlyList<string> Rolling { get; } = [Conservative, Balanced, Aggressive, Adaptive];
    public static IReadOnlyList<string> Canary { get; } = [Cautious];

    /// <summary>The canonical spelling of <paramref name="name"/> among <paramref name="allowed"/>, or null.</summary>
    public static string? Normalize(string? name, IReadOnlyList<string> allowed) =>
        allowed.FirstOrDefault(s => string.Equals(s, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
