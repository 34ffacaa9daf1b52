using Suite.ComplianceWindows.Profiles;
using Suite.ComplianceWindows.Windows;

namespace Suite.Services.Tests.ComplianceWindows;

public class When_a_freeze_is_near
{
    private static readonly DateTimeOffset From = new(2026, 12, 20, 18, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2027, 1, 4, 6, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private static readonly ComplianceProfile Profile = new()
    {
        Freezes = [new Freeze { From = From, To = To, Reason = "year-end change freeze" }],
    };

    [Fact]
    public void Should_be_open_one_minute_before_it_starts()
    {
        Assert.Equal(WindowDecision.Open, WindowEvaluator.Evaluate(Profile, From - Minute));
    }

    [Fact]
    public void Should_be_closed_until_its_end_from_the_moment_it_starts()
    {
        Assert.Equal(WindowDecision.Closed("year-end change freeze", To), WindowEvaluator.Evaluate(Profile, From));
    }

    [Fact]
    public void Should_be_closed_one_minute_after_it_starts()
    {
        Assert.Equal(WindowDecision.Closed("year-end change freeze", To), WindowEvaluator.Evaluate(Profile, From + Minute));
    }

    [Fact]
    public void Should_still_be_closed_one_minute_before_it_ends()
    {
        Assert.False(WindowEvaluator.Evaluate(Profile, To - Minute).IsOpen);
    }

    [Fact]
    public void Should_be_open_again_when_it_ends()
    {
        Assert.Equal(WindowDecision.Open, WindowEvaluator.Evaluate(Profile, To));
    }

    [Fact]
    public void Should_always_be_open_without_freezes()
    {
        Assert.True(WindowEvaluator.Evaluate(new ComplianceProfile(), From).IsOpen);
    }
}
