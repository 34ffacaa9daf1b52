namespace Suite.Sagas.EventStore;

/// <summary>The result of checking a stream's hash chain: intact, or the first broken link and why.</summary>
public sealed record HistoryVerification(string StreamId, bool IsIntact, int EventsChecked, long? FirstBrokenVersion, string? Problem)
{
    public static HistoryVerification Intact(string streamId, int count) => new(streamId, true, count, null, null);

    public static HistoryVerification Broken(string streamId, int checkedBefore, long version, string problem) =>
        new(streamId, false, checkedBefore, version, problem);
}
