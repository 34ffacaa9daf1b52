namespace Suite.Contracts;

/// <summary>The strategy names <see cref="DeploymentRequested.Strategy"/> accepts (case-insensitive).</summary>
public static class DeploymentStrategies
{
    public const string Rolling = "Rolling";
    public const string BlueGreen = "BlueGreen";
    public const string Canary = "Canary";

    /// <summary>Header-based A/B: requests carrying <see cref="DeploymentRequested.HeaderRoute"/> go to the new version.</summary>
    public const string ABTest = "ABTest";

    public const string Recreate = "Recreate";

    public static IReadOnlyList<string> All { get; } = [Rolling, BlueGreen, Canary, ABTest, Recreate];

    /// <summary>The canonical spelling of <paramref name="name"/>, or null when it names no strategy.</summary>
    public static string? Normalize(string? name) =>
        All.FirstOrDefault(s => string.Equals(s, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
