namespace Suite.Compliance.Tests.Signals;

public sealed class When_conditions_are_reported
{
    private static readonly DateTimeOffset Now = Zones.Utc("2026-11-24 16:30");

    [Fact]
    public void Should_keep_the_newest_report_of_each_condition()
    {
        var store = new SignalStore();

        Assert.True(store.Record(new SignalReading("volume", 1, Now)));
        Assert.True(store.Record(new SignalReading("VOLUME", 3, Now.AddMinutes(1))));
        Assert.False(store.Record(new SignalReading("volume", 5, Now)));
        Assert.False(store.Record(new SignalReading("volume", 7, Now.AddMinutes(1))));

        Assert.Equal(3, store.Snapshot()["volume"].Value);
    }
}
