using System.Text.Json;

namespace Suite.Host.Tests.Planning;

public sealed class When_planning_every_strategy_from_the_command_line
{
    [Theory]
    [InlineData("Canary: app:current → app:new, 10 replica(s)", "plan", "--strategy", "Canary", "--replicas", "10")]
    [InlineData("Canary: app:current → app:new, 10 replica(s) (preset Cautious)", "plan", "-s", "Canary", "--preset", "Cautious", "-r", "10")]
    [InlineData("BlueGreen: app:current → app:new, 4 replica(s)", "plan", "-s", "BlueGreen", "-r", "4", "--manual-promotion", "--post-promotion-window", "2m", "--scale-down-delay", "10s")]
    [InlineData("ABTest: app:current → app:new, 10 replica(s)", "plan", "-s", "ABTest", "-r", "10", "--header", "X-Group=beta", "--experiment", "30m")]
    [InlineData("Recreate: app:current → app:new, 3 replica(s)", "plan", "-s", "Recreate", "-r", "3")]
    [InlineData("Rolling: app:current → app:new, 4 replica(s), maxSurge 1, maxUnavailable 0 (preset Conservative)", "plan", "--preset", "Conservative", "-r", "4")]
    [InlineData("Rolling: app:current → app:new, 8 replica(s), maxSurge 2, maxUnavailable 2 (preset Adaptive)", "plan", "--preset", "adaptive", "-r", "8", "--stabilization", "30s")]
    public async Task Should_print_a_table_with_a_heading_and_the_totals(string heading, params string[] args)
    {
        var result = await SuiteProcess.Run(args);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains(heading, result.Output);
        Assert.Contains("traffic to new", result.Output);
        Assert.Contains("lowest availability", result.Output);
        Assert.Contains("expected duration", result.Output);
    }

    [Fact]
    public async Task Should_print_the_canary_as_the_planner_plans_it_in_json()
    {
        var result = await SuiteProcess.Run("plan", "-s", "Canary", "-r", "4", "--canary-steps", "setWeight:25,pause,analysis", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var steps = json.RootElement.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["SetWeight", "SetWeight", "Analysis", "SetWeight", "ScaleDownOld"], steps.Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal([0, 1, 1, 4, 4], steps.Select(s => s.GetProperty("newReplicas").GetInt32()));
        Assert.True(steps[1].GetProperty("pause").GetBoolean());
        Assert.Equal(JsonValueKind.Null, steps[1].GetProperty("pauseDuration").ValueKind);
        Assert.Equal(4, json.RootElement.GetProperty("minAvailable").GetInt32());
        Assert.Equal(8, json.RootElement.GetProperty("maxTotal").GetInt32());
    }

    [Fact]
    public async Task Should_preview_a_first_deployment_without_a_current_version()
    {
        var result = await SuiteProcess.Run("plan", "-s", "BlueGreen", "-r", "3", "--current-replicas", "0", "--json");

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("currentImage").ValueKind);
        Assert.Single(json.RootElement.GetProperty("steps").EnumerateArray());
    }

    [Theory]
    [InlineData("suite: cannot plan: ABTest needs a HeaderRoute", "plan", "-s", "ABTest")]
    [InlineData("suite: cannot plan: CanarySteps[0].setWeight 120 is not between 0 and 100", "plan", "-s", "Canary", "--canary-steps", "setWeight:120")]
    [InlineData("suite: --header 'X-Group' is not Name=Value", "plan", "-s", "ABTest", "--header", "X-Group")]
    [InlineData("suite: --canary-steps: 'wait:5s': unknown step 'wait'", "plan", "-s", "Canary", "--canary-steps", "wait:5s")]
    [InlineData("suite: cannot plan: Preset 'Turbo' is not a Rolling preset", "plan", "--preset", "Turbo")]
    public async Task Should_refuse_what_it_cannot_plan_in_one_line(string start, params string[] args)
    {
        var result = await SuiteProcess.Run(args);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(start, Assert.Single(result.ErrorLines));
        Assert.Equal("", result.Output);
    }
}

public sealed class When_planning_a_deployment_that_deploy_would_refuse
{
    private const string Refusal = "suite deploy would refuse this: Strategy Recreate stops every old pod before new ones are up: refused for production environment 'production'";

    [Fact]
    public async Task Should_say_so_above_the_plan_for_recreate_in_production()
    {
        var result = await SuiteProcess.Run("plan", "-s", "Recreate", "-r", "3");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Refusal, result.Output.ReplaceLineEndings(" "));
        Assert.Contains("lowest availability 0 of 3", result.Output);
    }

    [Theory]
    [InlineData("plan", "-s", "Recreate", "-r", "3", "--accept-downtime")]
    [InlineData("plan", "-s", "Recreate", "-r", "3", "-e", "staging")]
    public async Task Should_not_when_deploy_would_run_it(params string[] args)
    {
        var result = await SuiteProcess.Run(args);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("would refuse", result.Output);
    }

    [Fact]
    public async Task Should_list_the_refusal_in_json()
    {
        var result = await SuiteProcess.Run("plan", "-s", "Recreate", "-r", "3", "--json");

        using var json = JsonDocument.Parse(result.Output);
        var refusal = Assert.Single(json.RootElement.GetProperty("deployRefusals").EnumerateArray());
        Assert.StartsWith("Strategy Recreate stops every old pod", refusal.GetString());
        using var accepted = JsonDocument.Parse((await SuiteProcess.Run("plan", "-s", "Recreate", "-r", "3", "--json", "--accept-downtime")).Output);
        Assert.Empty(accepted.RootElement.GetProperty("deployRefusals").EnumerateArray());
    }

    [Fact]
    public async Task Should_refuse_accept_downtime_for_a_strategy_without_downtime()
    {
        var result = await SuiteProcess.Run("plan", "-s", "Rolling", "--accept-downtime");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("suite: cannot plan: AcceptDowntime is for the Recreate strategy", Assert.Single(result.ErrorLines));
    }
}
