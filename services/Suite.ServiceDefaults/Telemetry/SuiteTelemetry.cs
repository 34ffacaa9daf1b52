namespace Suite.ServiceDefaults;

/// <summary>The names Suite's own instruments and spans are published under.</summary>
public static class SuiteTelemetry
{
    /// <summary>Create Suite's instruments on a meter of this name (<c>IMeterFactory.Create(MeterName)</c>).</summary>
    public const string MeterName = "Suite";

    /// <summary>Start Suite's own spans from an ActivitySource of this name.</summary>
    public const string ActivitySourceName = "Suite";

    /// <summary>MassTransit's meter and ActivitySource name.</summary>
    public const string MassTransitName = "MassTransit";
}
