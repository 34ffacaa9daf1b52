using System.Globalization;

namespace Suite.Sagas.EventStore;

/// <summary>The result of checking a stream's hash chain: intact, or the first broken link and why.</summary>
public sealed record HistoryVerification(string StreamId, bool IsIntact, int EventsChecked, long? FirstBrokenVersion, string? Problem)
{
    public static HistoryVerification Intact(string streamId, int count) => new(streamId, true, count, null, null);

    public static HistoryVerification Broken(string streamId, int checkedBefore, long version, string problem) =>
        new(streamId, false, checkedBefore, version, problem);

    /// <summary>
    /// Also checks against <paramref name="witnessVersion"/>: how many events someone outside the
    /// stream (the deployment's saga) saw recorded. Fewer events than that is a broken history, even
    /// when the stream and its head were removed together.
    /// </summary>
    public HistoryVerification AgainstWitness(long witnessVersion) => IsIntact && witnessVersion > EventsChecked
        ? Broken(StreamId, EventsChecked, EventsChecked + 1L, EventsChecked == 0
            ? $"the stream is gone: the deployment's saga records {witnessVersion.ToString(CultureInfo.InvariantCulture)} events"
            : $"events {(EventsChecked + 1L).ToString(CultureInfo.InvariantCulture)} to {witnessVersion.ToString(CultureInfo.InvariantCulture)} are missing: " +
              $"the deployment's saga records {witnessVersion.ToString(CultureInfo.InvariantCulture)} events, {EventsChecked.ToString(CultureInfo.InvariantCulture)} are left")
        : this;
}
