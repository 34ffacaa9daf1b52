namespace Suite.Compliance.Tests.Default;

public sealed class When_the_default_profile_is_used
{
    [Theory]
    [InlineData("2026-11-23 09:35")]
    [InlineData("2026-11-26 03:00")]
    [InlineData("2026-03-08 07:30")]
    public void Should_always_be_open(string utc)
    {
        var decision = BuiltIn.Check(BuiltIn.Default, Zones.Utc(utc));

        Assert.True(decision.IsOpen);
        Assert.Null(decision.ClosesAt);
    }

    [Fact]
    public void Should_close_for_a_freeze_and_say_when_it_closes()
    {
        var freeze = new Freeze { From = Zones.Utc("2026-12-20 00:00"), To = Zones.Utc("2027-01-04 00:00"), Reason = "year-end change freeze" };
        var profile = BuiltIn.Default with { Freezes = [freeze] };

        Assert.Equal(freeze.From, BuiltIn.Check(profile, freeze.From.AddMinutes(-1)).ClosesAt);
        Assert.Equal(freeze.To, BuiltIn.Check(profile, freeze.From).ReopensAt);
    }

    [Fact]
    public void Should_name_no_frameworks_and_ask_for_no_approval()
    {
        Assert.Empty(BuiltIn.Default.Frameworks);
        Assert.Null(BuiltIn.Default.RequireApproval);
    }
}
