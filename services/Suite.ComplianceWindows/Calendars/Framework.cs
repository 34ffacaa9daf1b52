namespace Suite.ComplianceWindows.Calendars;

/// <summary>A compliance framework a profile serves (e.g. HIPAA) and what it demands of a deployment.</summary>
public sealed record Framework(string Name, IReadOnlyList<string> Demands);
