using System.Globalization;

namespace Suite.Sagas.EventStore;

/// <summary>The result of checking a stream's hash chain: intact, or the first broken link and why.</summary>
public sealed record HistoryVerification(string StreamId, bool IsIntact, int EventsChecked, long? FirstBrokenVersion, string? Problem)
{
    public static HistoryVerification Intact(string streamId, int count) => new(streamId, true, count, null, null);

    public static HistoryVerification Broken(string streamId, int checkedBefore, long version, string problem) =>
        new(streamId, false, checkedBefore, version, problem);

    /// <summary>The events after the <paramref name="left"/> still there, up to the <paramref name="recorded"/> that <paramref name="witness"/> records, are gone.</summary>
    internal static HistoryVerification Missing(string streamId, int left, long recorded, string witness) =>
        Broken(streamId, left, left + 1L,
            $"events {Text(left + 1L)} to {Text(recorded)} are missing: {witness} records {Text(recorded)} events, {Text(left)} are left");

    /// <summary>
    /// Also checks against <paramref name="witnessVersion"/>: how many events someone outside the
    /// stream (the deployment's saga) saw recorded. Fewer events than that is a broken history, even
    /// when the stream and its head were removed together.
    /// </summary>
    public HistoryVerification AgainstWitness(long witnessVersion) => (IsIntact && witnessVersion > EventsChecked, EventsChecked) switch
    {
        (false, _) => this,
        (true, 0) => Broken(StreamId, 0, 1, $"the stream is gone: the deployment's saga records {Text(witnessVersion)} events"),
        (true, var left) => Missing(StreamId, left, witnessVersion, "the deployment's saga"),
    };

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
