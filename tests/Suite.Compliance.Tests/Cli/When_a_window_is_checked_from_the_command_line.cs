using System.Text.Json;

namespace Suite.Compliance.Tests.Cli;

public sealed class When_a_window_is_checked_from_the_command_line
{
    [Fact]
    public async Task Should_print_closed_why_and_when_it_reopens()
    {
        var result = await SuiteCommand.Run("windows", "check", "--profile", "us-equities", "--at", "2026-11-23T09:35:00-05:00");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains("us-equities: CLOSED at 2026-11-23 09:35 America/New_York (14:35 UTC)", result.Output);
        Assert.Contains("why:        opening auction 09:30-09:40 America/New_York", result.Output);
        Assert.Contains("reopens:    2026-11-23 09:40 America/New_York (14:40 UTC), in 5m", result.Output);
    }

    [Fact]
    public async Task Should_print_json_with_a_local_time_and_a_time_zone()
    {
        var result = await SuiteCommand.Run("windows", "check", "-p", "clinical", "--at", "2026-11-24 03:00 America/Chicago", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.True(json.RootElement.GetProperty("open").GetBoolean());
        Assert.Equal("2026-11-24T06:00:00-06:00", json.RootElement.GetProperty("closesAt").GetString());
        Assert.Equal(["critical-patient-alerts"], json.RootElement.GetProperty("signalsNotChecked").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Should_print_the_first_start_a_deployment_fits()
    {
        var result = await SuiteCommand.Run("windows", "next", "--profile", "us-equities", "--duration", "45m", "--after", "2026-11-23T09:35:00-05:00");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("us-equities: a 45m deployment fits from 2026-11-23 09:40 America/New_York (14:40 UTC)", result.Output);
    }

    [Fact]
    public async Task Should_print_the_fit_as_json()
    {
        var result = await SuiteCommand.Run("windows", "next", "-p", "clinical", "-d", "1h", "--after", "2026-11-24T05:30:00-06:00", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("2026-11-25T02:00:00-06:00", json.RootElement.GetProperty("start").GetString());
    }

    [Fact]
    public async Task Should_refuse_a_time_without_an_offset_in_one_line()
    {
        var result = await SuiteCommand.Run("windows", "check", "-p", "us-equities", "--at", "2026-11-23 09:35");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("suite: --at '2026-11-23 09:35' is not a time: give ISO-8601 with an offset", Assert.Single(result.ErrorLines));
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Should_name_the_known_profiles_for_an_unknown_one()
    {
        var result = await SuiteCommand.Run("windows", "check", "-p", "nasdaq");

        Assert.Equal(4, result.ExitCode);
        Assert.Equal("suite: unknown compliance profile 'nasdaq' (known: clinical, default, us-equities)", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Should_say_when_nothing_fits_in_one_line()
    {
        var result = await SuiteCommand.Run("windows", "next", "-p", "clinical", "-d", "5h", "--after", "2026-11-24T05:30:00-06:00");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("suite: clinical: no open time of 5h within 14 days after", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Should_name_the_file_and_line_of_a_broken_profile()
    {
        using var files = new TemporaryDirectory();
        var file = files.Write("desk.yaml", "name: desk\nmaxWait: soon\n");

        var result = await SuiteCommand.Run("windows", "check", "-p", "desk", "--profiles", files.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"suite: cannot load the compliance profiles: {file}, line 2: the profile: 'maxWait' is 'soon', which is not a duration such as 24h or 3d", Assert.Single(result.ErrorLines));
    }
}
