namespace Suite.Notification.Secrets;

/// <summary>
/// A secret setting is either the secret itself or <c>env:NAME</c>, which reads the environment
/// variable NAME, so that configuration files can name a secret without holding it.
/// </summary>
public static class SecretReference
{
    public const string EnvironmentPrefix = "env:";

    /// <summary>The variable <paramref name="configured"/> refers to, or null when it is a literal.</summary>
    public static string? VariableOf(string? configured) =>
        configured is not null && configured.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase)
            ? configured[EnvironmentPrefix.Length..].Trim()
            : null;

    /// <summary>The secret's value: the literal, or the named variable's value (null when unset or blank).</summary>
    public static string? Resolve(string? configured)
    {
        var value = VariableOf(configured) is { } variable
            ? (variable.Length == 0 ? null : Environment.GetEnvironmentVariable(variable))
            : configured;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
