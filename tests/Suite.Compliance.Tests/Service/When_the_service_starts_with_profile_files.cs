using Microsoft.Extensions.Options;
using Suite.Contracts.Compliance;
using Suite.Testing;

namespace Suite.Compliance.Tests.Service;

public sealed class When_the_service_starts_with_profile_files : IDisposable
{
    private readonly TemporaryDirectory _files = new();
    private readonly ManualTimeProvider _clock = new(Zones.At("2026-11-23 09:35", Zones.NewYork));

    [Fact]
    public async Task Should_refuse_to_start_naming_the_file_the_line_and_the_problem()
    {
        var file = _files.Write("desk.yaml", """
            name: desk
            closed:
              - { name: open, from: "09:30", to: "09:40", timeZone: Europe/Lundon }
            """);
        using var host = ComplianceService.Build(_clock, ProfilesPath());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains($"{file}, line 3: closed 'open': unknown time zone 'Europe/Lundon'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_to_start_when_the_profiles_directory_does_not_exist()
    {
        using var host = ComplianceService.Build(_clock, new Dictionary<string, string?>
        {
            ["Suite:ComplianceWindows:ProfilesPath"] = Path.Combine(_files.Path, "missing"),
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Suite:ComplianceWindows:ProfilesPath: the directory does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_to_start_with_two_files_for_one_profile()
    {
        _files.Write("a.yaml", "name: desk");
        var second = _files.Write("b.json", """{ "name": "Desk" }""");
        using var host = ComplianceService.Build(_clock, ProfilesPath());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains($"{second}, line 1: profile 'Desk' is also defined in ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_to_start_with_an_unknown_configured_time_zone()
    {
        using var host = ComplianceService.Build(_clock, new Dictionary<string, string?>
        {
            ["Suite:ComplianceWindows:Profiles:clinical:TimeZone"] = "America/Chicgo",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("compliance profile 'clinical' (Suite:ComplianceWindows:Profiles:clinical:TimeZone): unknown time zone 'America/Chicgo'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_let_a_file_replace_a_built_in_profile()
    {
        _files.Write("my-equities.yaml", """
            name: us-equities
            timeZone: America/New_York
            closed:
              - { name: morning, from: "09:00", to: "10:00" }
            """);
        await using var service = await ComplianceService.Start(_clock, ProfilesPath());

        var answer = await service.Check(Check("us-equities"));

        Assert.Equal("morning 09:00-10:00 America/New_York", answer.Reason);
        Assert.Empty(answer.Frameworks);
    }

    [Fact]
    public async Task Should_add_configured_freezes_to_a_profile_file()
    {
        _clock.SetUtcNow(Zones.At("2026-12-28 11:30", Zones.NewYork));
        await using var service = await ComplianceService.Start(_clock, new Dictionary<string, string?>
        {
            ["Suite:ComplianceWindows:Profiles:us-equities:Freezes:0:From"] = "2026-12-24T00:00:00-05:00",
            ["Suite:ComplianceWindows:Profiles:us-equities:Freezes:0:To"] = "2027-01-04T00:00:00-05:00",
            ["Suite:ComplianceWindows:Profiles:us-equities:Freezes:0:Reason"] = "year-end change freeze",
        });

        var answer = await service.Check(Check("us-equities"));

        Assert.Equal("year-end change freeze", answer.Reason);
        Assert.Equal(Zones.At("2027-01-04 00:00", Zones.NewYork), answer.ReopensAt);
        Assert.True(answer.RequiresApproval);
    }

    public void Dispose() => _files.Dispose();

    private Dictionary<string, string?> ProfilesPath() => new() { ["Suite:ComplianceWindows:ProfilesPath"] = _files.Path };

    private CheckComplianceWindow Check(string profile) => new()
    {
        DeploymentId = Guid.NewGuid(), Application = "shop", Environment = "production", ComplianceProfile = profile, RequestedAt = _clock.GetUtcNow(),
    };
}
