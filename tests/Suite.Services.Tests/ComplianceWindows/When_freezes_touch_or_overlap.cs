using Suite.ComplianceWindows.Profiles;
using Suite.ComplianceWindows.Windows;

namespace Suite.Services.Tests.ComplianceWindows;

public class When_freezes_touch_or_overlap
{
    private static readonly DateTimeOffset Day = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    private static readonly ComplianceProfile Profile = new()
    {
        Freezes =
        [
            Freeze(17, 18, "evening batch"),
            Freeze(10, 12, "market open"),
            Freeze(12, 14, "lunch peak"),
            Freeze(13, 16, "settlement"),
        ],
    };

    [Fact]
    public void Should_reopen_only_when_the_last_freeze_of_the_chain_ends()
    {
        var decision = WindowEvaluator.Evaluate(Profile, Day.AddHours(11));

        Assert.Equal(WindowDecision.Closed("market open", Day.AddHours(16)), decision);
    }

    [Fact]
    public void Should_give_the_reason_of_the_freeze_that_began_first_where_two_cover_the_moment()
    {
        var decision = WindowEvaluator.Evaluate(Profile, Day.AddHours(13.5));

        Assert.Equal(WindowDecision.Closed("lunch peak", Day.AddHours(16)), decision);
    }

    [Fact]
    public void Should_not_merge_a_freeze_that_starts_after_a_gap()
    {
        Assert.True(WindowEvaluator.Evaluate(Profile, Day.AddHours(16.5)).IsOpen);
        Assert.Equal(Day.AddHours(18), WindowEvaluator.Evaluate(Profile, Day.AddHours(17)).ReopensAt);
    }

    private static Freeze Freeze(int fromHour, int toHour, string reason) =>
        new() { From = Day.AddHours(fromHour), To = Day.AddHours(toHour), Reason = reason };
}
