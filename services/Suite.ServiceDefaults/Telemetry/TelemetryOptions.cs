namespace Suite.ServiceDefaults;

/// <summary>Configuration section <c>Suite:Telemetry</c>.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Suite:Telemetry";

    /// <summary>Meters to expose on <c>/metrics</c> besides MassTransit's and Suite's (e.g. <c>Microsoft.AspNetCore.Hosting</c>).</summary>
    public List<string> Meters { get; set; } = [];

    /// <summary>ActivitySources to trace besides MassTransit's and Suite's.</summary>
    public List<string> Sources { get; set; } = [];

    /// <summary>
    /// Where finished spans go: <c>None</c> (default: spans still correlate logs and messages)
    /// or <c>Log</c> (one Debug log line per span, category <c>Suite.Tracing</c>).
    /// </summary>
    public string TraceExporter { get; set; } = "None";
}
