using System.Collections.Concurrent;

namespace Suite.ComplianceWindows.Signals;

/// <summary>
/// Signals in memory: a restart forgets them, and they count as unknown until reported again,
/// which is what a profile's unknown-blocks setting is for.
/// </summary>
public sealed class SignalStore : ISignalStore
{
    private readonly ConcurrentDictionary<string, SignalReading> _latest = new(StringComparer.OrdinalIgnoreCase);

    public bool Record(SignalReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var kept = _latest.AddOrUpdate(reading.Name, reading, (_, known) => reading.ReportedAt > known.ReportedAt ? reading : known);
        return ReferenceEquals(kept, reading);
    }

    public IReadOnlyDictionary<string, SignalReading> Snapshot() => new Dictionary<string, SignalReading>(_latest, StringComparer.OrdinalIgnoreCase);
}
