using System.Collections.Concurrent;

namespace Suite.ComplianceWindows.Signals;

/// <summary>
/// Signals in memory: a restart forgets them, and they count as unknown until reported again,
/// which is what a profile's unknown-blocks setting is for.
/// </summary>
public sealed class InMemorySignalStore : ISignalStore
{
    private readonly ConcurrentDictionary<string, SignalReading> _latest = new(StringComparer.OrdinalIgnoreCase);

    public Task<bool> RecordAsync(SignalReading reading, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var kept = _latest.AddOrUpdate(reading.Name, reading, (_, known) => reading.ReportedAt > known.ReportedAt ? reading : known);
        return Task.FromResult(ReferenceEquals(kept, reading));
    }

    public Task<IReadOnlyDictionary<string, SignalReading>> SnapshotAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, SignalReading>>(new Dictionary<string, SignalReading>(_latest, StringComparer.OrdinalIgnoreCase));
}
