namespace Suite.ComplianceWindows.Signals;

/// <summary>The latest value another system reported for a condition, and when.</summary>
public sealed record SignalReading(string Name, double Value, DateTimeOffset ReportedAt, string? Source = null);
