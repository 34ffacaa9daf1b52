namespace Suite.ServiceDefaults;

/// <summary>Tags that decide which health endpoint runs a check.</summary>
public static class HealthTags
{
    /// <summary>
    /// Checks with this tag must pass for <c>/health/ready</c> (MassTransit tags its bus check so;
    /// tag a database check so too: <c>AddHealthChecks().AddCheck&lt;T&gt;("postgres", tags: [HealthTags.Ready])</c>).
    /// </summary>
    public const string Ready = "ready";
}
