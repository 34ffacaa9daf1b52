namespace Suite.Cluster;

/// <summary>Reads a provider name case-insensitively and says, in one line, what is allowed when it is wrong.</summary>
internal static class ProviderChoice
{
    public static string? Normalize(string? value, IReadOnlyList<string> allowed) =>
        allowed.FirstOrDefault(a => string.Equals(a, value?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Refusal(string key, string? value, IReadOnlyList<string> allowed) =>
        $"{key} is '{value}'; allowed values: {string.Join(", ", allowed)}";
}
