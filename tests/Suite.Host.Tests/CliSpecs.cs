using System.Text.Json;

namespace Suite.Host.Tests;

public sealed class When_planning_from_the_command_line
{
    [Fact]
    public async Task Should_print_each_step_as_json()
    {
        var result = await SuiteProcess.Run("plan", "--application", "shop", "--image", "shop:2", "--current-image", "shop:1",
            "--replicas", "4", "--max-surge", "1", "--max-unavailable", "0", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var steps = json.RootElement.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4], steps.Select(s => s.GetProperty("newReplicas").GetInt32()));
        Assert.Equal([3, 2, 1, 0], steps.Select(s => s.GetProperty("oldReplicas").GetInt32()));
        Assert.All(steps, s => Assert.Equal(4, s.GetProperty("minAvailable").GetInt32()));
        Assert.All(steps, s => Assert.True(s.GetProperty("maxTotal").GetInt32() <= 5));
        Assert.Equal(4, json.RootElement.GetProperty("lowestAvailable").GetInt32());
    }

    [Fact]
    public async Task Should_print_a_table_a_person_reads()
    {
        var result = await SuiteProcess.Run("plan", "-a", "shop", "-i", "shop:2", "--current-image", "shop:1", "-r", "10", "--max-surge", "3", "--max-unavailable", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Rolling: shop:1 → shop:2, 10 replica(s), maxSurge 3, maxUnavailable 2", result.Output);
        Assert.Contains("lowest availability 8 of 10 (floor 8); highest pod count", result.Output);
    }

    [Fact]
    public async Task Should_refuse_surge_and_unavailable_both_zero_in_one_line()
    {
        var result = await SuiteProcess.Run("plan", "-a", "shop", "-i", "shop:2", "--max-surge", "0", "--max-unavailable", "0");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("suite: cannot plan: MaxSurge and MaxUnavailable cannot both be 0", line);
    }
}

public sealed class When_a_command_cannot_reach_suite
{
    [Fact]
    public async Task Should_say_so_in_one_line_and_exit_2()
    {
        var result = await SuiteProcess.Run("status", Guid.NewGuid().ToString(), "--rabbitmq", "amqp://guest:guest@127.0.0.1:1/", "--timeout", "3");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("suite: cannot reach RabbitMQ at 127.0.0.1:1", line);
        Assert.DoesNotContain("guest", line);
    }
}

public sealed class When_a_deployment_request_is_invalid_on_the_command_line
{
    [Fact]
    public async Task Should_list_every_reason_before_publishing_anything()
    {
        var result = await SuiteProcess.Run("deploy", "-a", "Shop", "-i", "shop v2", "-r", "0", "--rabbitmq", "amqp://127.0.0.1:1/");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("suite: cannot deploy: Application 'Shop' is not a valid Kubernetes name", line);
        Assert.Contains("Image 'shop v2' is not an image reference", line);
        Assert.Contains("Replicas must be at least 1, got 0", line);
    }
}

public sealed class When_the_demo_runs
{
    [Fact]
    public async Task Should_succeed_with_the_good_version_and_roll_back_the_bad_ones()
    {
        var result = await SuiteProcess.Run("demo", "--speed", "40");

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Error}\n{result.Output}");
        Assert.Contains("shop: Succeeded", result.Output);
        Assert.Contains("checkout: RolledBack", result.Output);
        Assert.Contains("payments: RolledBack", result.Output);
        Assert.Contains("RollbackCompleted", result.Output);
        Assert.Equal(2, result.Output.Split("  rollback took ").Length - 1);
        Assert.Contains(", of which pod start-up ", result.Output);
        Assert.Equal("", result.Error);
    }
}

public sealed class When_the_command_line_is_malformed
{
    [Fact]
    public async Task Should_say_what_is_wrong_in_one_line_on_stderr_and_print_nothing_else()
    {
        var result = await SuiteProcess.Run("status", "not-a-guid");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("suite: ", line);
        Assert.Contains("not-a-guid", line);
        Assert.EndsWith("(see 'suite status --help')", line);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Should_name_a_missing_required_option()
    {
        var result = await SuiteProcess.Run("deploy", "-a", "shop", "--rabbitmq", "amqp://127.0.0.1:1/");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("suite: ", line);
        Assert.Contains("--image", line);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Should_name_an_unknown_option()
    {
        var result = await SuiteProcess.Run("plan", "-a", "shop", "-i", "shop:2", "--max-surgee", "1");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("suite: ", line);
        Assert.Contains("--max-surgee", line);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Should_name_an_unknown_command()
    {
        var result = await SuiteProcess.Run("deploi", "-a", "shop");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("suite: unknown command or option 'deploi' (see 'suite --help')", Assert.Single(result.ErrorLines));
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Should_still_print_help_when_asked()
    {
        var result = await SuiteProcess.Run("plan", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--max-surge", result.Output);
        Assert.Equal("", result.Error);
    }
}
