using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Suite.Contracts.Compliance;
using Suite.Testing;

namespace Suite.Services.Tests.ComplianceWindows;

public class When_checking_a_window_over_the_bus
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 12, 24, 9, 0, 0, TimeSpan.Zero));

    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Suite:ComplianceWindows:Profiles:Production:Freezes:0:From"] = "2026-12-20T00:00:00Z",
        ["Suite:ComplianceWindows:Profiles:Production:Freezes:0:To"] = "2027-01-04T00:00:00Z",
        ["Suite:ComplianceWindows:Profiles:Production:Freezes:0:Reason"] = "year-end change freeze",
    };

    [Fact]
    public async Task Should_answer_closed_with_the_freeze_and_its_end()
    {
        var answer = await Check("production");

        Assert.False(answer.IsOpen);
        Assert.Equal("production", answer.Profile);
        Assert.Equal("year-end change freeze", answer.Reason);
        Assert.Equal(new DateTimeOffset(2027, 1, 4, 0, 0, 0, TimeSpan.Zero), answer.ReopensAt);
        Assert.False(answer.Permanent);
        Assert.Equal(_clock.GetUtcNow(), answer.CheckedAt);
    }

    [Fact]
    public async Task Should_answer_open_once_the_clock_passes_the_freeze()
    {
        _clock.SetUtcNow(new DateTimeOffset(2027, 1, 4, 0, 0, 0, TimeSpan.Zero));

        var answer = await Check("Production");

        Assert.True(answer.IsOpen);
        Assert.Null(answer.Reason);
    }

    [Fact]
    public async Task Should_use_an_always_open_default_profile_when_none_is_named_or_configured()
    {
        var answer = await Check(null);

        Assert.True(answer.IsOpen);
        Assert.Equal("default", answer.Profile);
    }

    [Fact]
    public async Task Should_answer_closed_for_good_for_an_unknown_profile()
    {
        var answer = await Check("staging");

        Assert.False(answer.IsOpen);
        Assert.True(answer.Permanent);
        Assert.Equal("unknown compliance profile 'staging'", answer.Reason);
        Assert.Null(answer.ReopensAt);
    }

    private async Task<ComplianceWindowChecked> Check(string? profile)
    {
        using var host = ComplianceHost.Build(_clock, _settings);
        var harness = host.Services.GetRequiredService<ITestHarness>();
        await harness.Start();
        var deploymentId = Guid.NewGuid();

        await harness.Bus.Publish(new CheckComplianceWindow
        {
            DeploymentId = deploymentId, Application = "shop", Environment = "production", ComplianceProfile = profile, RequestedAt = _clock.GetUtcNow(),
        });

        var answer = await harness.Published.SelectAsync<ComplianceWindowChecked>(x => x.Context.Message.DeploymentId == deploymentId).First();
        return answer.Context.Message;
    }
}
