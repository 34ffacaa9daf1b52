namespace Suite.Api;

/// <summary>Configuration section <c>Suite:Api</c>.</summary>
public sealed class ApiOptions
{
    public const string Section = "Suite:Api";

    /// <summary>How long a query waits for the Orchestrator's answer before the API answers 504.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
