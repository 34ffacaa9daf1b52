namespace Suite.ComplianceWindows.Signals;

/// <summary>
/// The latest report of each condition, by name (case-insensitive). In memory by default; in
/// PostgreSQL when Suite has a database, so that every ComplianceWindows instance judges the same
/// reports and a restart forgets none.
/// </summary>
public interface ISignalStore
{
    /// <summary>Keeps <paramref name="reading"/> unless a report of the same condition made at the same time or later is already kept; true when kept.</summary>
    Task<bool> RecordAsync(SignalReading reading, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, SignalReading>> SnapshotAsync(CancellationToken cancellationToken);
}
