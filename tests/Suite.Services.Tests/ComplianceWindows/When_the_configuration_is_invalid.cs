using Microsoft.Extensions.Options;
using Suite.Testing;

namespace Suite.Services.Tests.ComplianceWindows;

public class When_the_configuration_is_invalid
{
    [Fact]
    public async Task Should_refuse_to_start_naming_the_profile_and_the_freeze_that_ends_before_it_starts()
    {
        using var host = ComplianceHost.Build(new ManualTimeProvider(), new Dictionary<string, string?>
        {
            ["Suite:ComplianceWindows:Profiles:payments:Freezes:0:From"] = "2026-12-20T00:00:00Z",
            ["Suite:ComplianceWindows:Profiles:payments:Freezes:0:To"] = "2027-01-04T00:00:00Z",
            ["Suite:ComplianceWindows:Profiles:payments:Freezes:0:Reason"] = "year-end change freeze",
            ["Suite:ComplianceWindows:Profiles:payments:Freezes:1:From"] = "2027-03-01T00:00:00Z",
            ["Suite:ComplianceWindows:Profiles:payments:Freezes:1:To"] = "2027-02-01T00:00:00Z",
            ["Suite:ComplianceWindows:Profiles:payments:Freezes:1:Reason"] = "audit",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("compliance profile 'payments', freeze 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("To (2027-02-01T00:00:00.0000000+00:00) must be after From", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_to_start_when_a_freeze_gives_no_reason()
    {
        using var host = ComplianceHost.Build(new ManualTimeProvider(), new Dictionary<string, string?>
        {
            ["Suite:ComplianceWindows:Profiles:default:Freezes:0:From"] = "2026-12-20T00:00:00Z",
            ["Suite:ComplianceWindows:Profiles:default:Freezes:0:To"] = "2027-01-04T00:00:00Z",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("compliance profile 'default', freeze 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("Reason is required", error.Message, StringComparison.Ordinal);
    }
}
