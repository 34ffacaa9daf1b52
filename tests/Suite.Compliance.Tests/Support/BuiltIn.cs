namespace Suite.Compliance.Tests.Support;

/// <summary>The profiles shipped with the service, loaded as the service loads them.</summary>
public static class BuiltIn
{
    private static readonly ProfileCatalog Catalog = ProfileCatalog.Load(new ComplianceOptions());

    public static ComplianceCalendar UsEquities => Catalog.Find("us-equities")!;

    public static ComplianceCalendar Clinical => Catalog.Find("clinical")!;

    public static ComplianceCalendar Default => Catalog.Find("default")!;

    public static ComplianceDecision Check(ComplianceCalendar profile, DateTimeOffset at, IReadOnlyDictionary<string, SignalReading>? signals = null) =>
        ComplianceEvaluator.Evaluate(profile, at, signals, DeploymentContext.None);

    public static IReadOnlyDictionary<string, SignalReading> Signals(params SignalReading[] readings) =>
        readings.ToDictionary(r => r.Name, StringComparer.OrdinalIgnoreCase);
}
