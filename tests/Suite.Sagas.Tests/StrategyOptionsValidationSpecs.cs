using Microsoft.Extensions.DependencyInjection;

namespace Suite.Sagas.Tests;

public sealed class When_validating_strategy_options
{
    private static DeploymentRequested Of(string strategy) =>
        SagaTestHost.Request() with { Strategy = strategy, MaxSurge = null, MaxUnavailable = null, Environment = "staging" };

    private static string Refusal(DeploymentRequested request) => Assert.Single(RequestValidation.Validate(request));

    [Fact]
    public void Should_accept_each_strategy_with_its_own_options()
    {
        Assert.Empty(RequestValidation.Validate(Of("Rolling") with { Preset = "conservative", StabilizationWait = "30s", ProgressDeadline = "10m", RollbackWindow = "0s" }));
        Assert.Empty(RequestValidation.Validate(Of("Canary") with { CanarySteps = [new() { SetWeight = 20 }, new() { Pause = new() }, new() { Analysis = new() }] }));
        Assert.Empty(RequestValidation.Validate(Of("Canary") with { Preset = "Cautious" }));
        Assert.Empty(RequestValidation.Validate(Of("BlueGreen") with { BlueGreen = new() { AutoPromote = false, PostPromotionWindow = "2m", ScaleDownDelay = "1m" } }));
        Assert.Empty(RequestValidation.Validate(Of("ABTest") with { HeaderRoute = new() { Name = "X-Experiment", Value = "b" }, ExperimentDuration = "1h30m" }));
        Assert.Empty(RequestValidation.Validate(Of("Recreate") with { AcceptDowntime = true }));
    }

    [Theory]
    [InlineData("BlueGreen", "MaxSurge is for the Rolling strategy, not BlueGreen")]
    [InlineData("Canary", "MaxSurge is for the Rolling strategy, not Canary")]
    public void Should_refuse_rolling_options_for_other_strategies(string strategy, string error) =>
        Assert.Equal(error, Refusal(Of(strategy) with { MaxSurge = "1" }));

    [Fact]
    public void Should_refuse_options_given_for_another_strategy()
    {
        Assert.Equal("CanarySteps is for the Canary strategy, not Rolling", Refusal(Of("Rolling") with { CanarySteps = [new() { SetWeight = 50 }] }));
        Assert.Equal("HeaderRoute is for the ABTest strategy, not Canary", Refusal(Of("Canary") with { HeaderRoute = new() { Name = "X", Value = "1" } }));
        Assert.Equal("ExperimentDuration is for the ABTest strategy, not Canary", Refusal(Of("Canary") with { ExperimentDuration = "5m" }));
        Assert.Equal("BlueGreen is for the BlueGreen strategy, not Rolling", Refusal(Of("Rolling") with { BlueGreen = new() }));
        Assert.Equal("AcceptDowntime is for the Recreate strategy, not Rolling", Refusal(Of("Rolling") with { AcceptDowntime = true }));
        Assert.Equal("StabilizationWait is for the Rolling strategy, not Recreate", Refusal(Of("Recreate") with { StabilizationWait = "5s" }));
    }

    [Theory]
    [InlineData("Rolling", "Cautious", "Preset 'Cautious' is not a Rolling preset (expected one of: Conservative, Balanced, Aggressive, Adaptive)")]
    [InlineData("Canary", "Balanced", "Preset 'Balanced' is not a Canary preset (expected one of: Cautious)")]
    [InlineData("BlueGreen", "Balanced", "Preset is for the Rolling or Canary strategy, not BlueGreen")]
    public void Should_refuse_a_preset_the_strategy_does_not_have(string strategy, string preset, string error) =>
        Assert.Equal(error, Refusal(Of(strategy) with { Preset = preset }));

    [Fact]
    public void Should_refuse_a_preset_beside_what_it_replaces()
    {
        Assert.Equal("Preset replaces MaxSurge and MaxUnavailable: give one or the other", Refusal(Of("Rolling") with { Preset = "Balanced", MaxSurge = "1" }));
        Assert.Equal("Preset replaces CanarySteps: give one or the other", Refusal(Of("Canary") with { Preset = "Cautious", CanarySteps = [new() { SetWeight = 5 }] }));
    }

    [Fact]
    public void Should_name_each_bad_canary_step()
    {
        var errors = RequestValidation.Validate(Of("Canary") with
        {
            CanarySteps = [new() { SetWeight = 150 }, new() { SetWeight = 10, Pause = new() }, new(), new() { Pause = new() { Duration = "soon" } }],
        });

        Assert.Equal(
        [
            "CanarySteps[0].setWeight 150 is not between 0 and 100",
            "CanarySteps[1] must have exactly one of setWeight, pause, analysis (it has 2)",
            "CanarySteps[2] must have exactly one of setWeight, pause, analysis (it has 0)",
            "CanarySteps[3].pause.duration 'soon' is not a duration like 30s, 5m or 1h30m",
        ], errors);
        Assert.Equal("CanarySteps is empty: leave it out for the default steps", Refusal(Of("Canary") with { CanarySteps = [] }));
    }

    [Fact]
    public void Should_need_a_valid_header_route_for_an_ab_test()
    {
        Assert.StartsWith("ABTest needs a HeaderRoute", Refusal(Of("ABTest")));
        Assert.StartsWith("HeaderRoute.Name 'X Experiment' is not a valid HTTP header name", Refusal(Of("ABTest") with { HeaderRoute = new() { Name = "X Experiment", Value = "b" } }));
        Assert.Equal("HeaderRoute.Value is missing or holds control characters", Refusal(Of("ABTest") with { HeaderRoute = new() { Name = "X-Experiment" } }));
    }

    [Theory]
    [InlineData("ProgressDeadline", "ten minutes", "ProgressDeadline 'ten minutes' is not a duration like 30s, 5m or 1h30m")]
    [InlineData("RollbackWindow", "25h", "RollbackWindow '25h' is longer than 24h")]
    [InlineData("StabilizationWait", "-5s", "StabilizationWait '-5s' is not a duration like 30s, 5m or 1h30m")]
    public void Should_read_durations_as_people_write_them(string field, string value, string error)
    {
        var request = field switch
        {
            "ProgressDeadline" => Of("Rolling") with { ProgressDeadline = value },
            "RollbackWindow" => Of("Rolling") with { RollbackWindow = value },
            _ => Of("Rolling") with { StabilizationWait = value },
        };
        Assert.Equal(error, Refusal(request));
    }

    [Theory]
    [InlineData("production", false, true)]
    [InlineData("Prod", false, true)]
    [InlineData("production", true, false)]
    [InlineData("staging", false, false)]
    public void Should_refuse_recreate_in_production_unless_downtime_is_accepted(string environment, bool acceptDowntime, bool refused)
    {
        var errors = RequestValidation.Validate(Of("Recreate") with { Environment = environment, AcceptDowntime = acceptDowntime });
        Assert.Equal(refused, errors.Any(e => e.StartsWith("Strategy Recreate stops every old pod before new ones are up", StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_take_the_production_environments_from_the_policy()
    {
        var policy = new DeploymentPolicy { ProductionEnvironments = ["live"] };
        Assert.Empty(RequestValidation.Validate(Of("Recreate") with { Environment = "production" }, policy));
        Assert.Single(RequestValidation.Validate(Of("Recreate") with { Environment = "live" }, policy));
    }
}

public sealed class When_a_recreate_is_requested_for_production
{
    [Fact]
    public async Task Should_be_rejected_with_the_other_reasons()
    {
        await using var host = await SagaTestHost.Start();
        var id = await host.Deploy(SagaTestHost.Request() with { Strategy = "Recreate", Image = "" });

        await host.InState(id, m => m.Rejected);

        var rejected = host.Harness.Published.Select<DeploymentRejected>(x => x.Context.Message.DeploymentId == id).Single().Context.Message;
        Assert.Equal(4, rejected.Errors.Count);
        Assert.StartsWith("Strategy Recreate stops every old pod before new ones are up: refused for production environment 'production'", rejected.Errors[^1]);
    }

    [Fact]
    public async Task Should_follow_the_configured_production_environments()
    {
        await using var host = await SagaTestHost.Start(configure: s => s.AddSingleton(
            Microsoft.Extensions.Options.Options.Create(new DeploymentPolicy { ProductionEnvironments = ["live"] })));
        var id = await host.Deploy(SagaTestHost.Request("recreate") with { AcceptDowntime = false });

        await host.InState(id, m => m.Succeeded);
    }
}
