namespace Suite.ComplianceWindows.Signals;

/// <summary>The latest report of each condition, by name (case-insensitive).</summary>
public interface ISignalStore
{
    /// <summary>Keeps <paramref name="reading"/> unless a report of the same condition made at the same time or later is already kept.</summary>
    bool Record(SignalReading reading);

    IReadOnlyDictionary<string, SignalReading> Snapshot();
}
