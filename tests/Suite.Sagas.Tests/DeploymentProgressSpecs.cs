using Suite.Contracts.Planning;

namespace Suite.Sagas.Tests;

public sealed class When_deciding_the_next_action
{
    private static DeploymentState Running() => new()
    {
        WindowOpen = true, TrafficAnalyzed = true, Planned = true, PreflightPassed = true,
        Steps = [new PlanStep { Index = 1, NewReplicas = 2, OldReplicas = 0 }],
    };

    [Fact]
    public void Should_walk_the_work_in_order()
    {
        var s = new DeploymentState();
        Assert.Equal(NextAction.CheckWindow, DeploymentProgress.Next(s));
        s.WindowClosedReason = "freeze";
        Assert.Equal(NextAction.AwaitWindow, DeploymentProgress.Next(s));
        (s.WindowOpen, s.WindowClosedReason) = (true, null);
        Assert.Equal(NextAction.AnalyzeTraffic, DeploymentProgress.Next(s));
        s.TrafficAnalyzed = true;
        Assert.Equal(NextAction.Plan, DeploymentProgress.Next(s));
        (s.Planned, s.Steps) = (true, [new PlanStep { Index = 1 }]);
        Assert.Equal(NextAction.PreflightGate, DeploymentProgress.Next(s));
        s.PreflightPassed = true;
        Assert.Equal(NextAction.RollOut, DeploymentProgress.Next(s));
        s.StepPhase = StepPhases.RolledOut;
        Assert.Equal(NextAction.Drain, DeploymentProgress.Next(s));
        s.StepPhase = StepPhases.Drained;
        Assert.Equal(NextAction.VerifyStep, DeploymentProgress.Next(s));
        (s.CompletedSteps, s.StepPhase) = (1, StepPhases.NotStarted);
        Assert.Equal(NextAction.FinalGate, DeploymentProgress.Next(s));
        s.FinalGatePassed = true;
        Assert.Equal(NextAction.Succeed, DeploymentProgress.Next(s));
    }

    [Fact]
    public void Should_roll_back_a_failure_once_the_cluster_changed_and_fail_it_before()
    {
        var s = Running();
        s.FailureReason = "gate failed";
        Assert.Equal(NextAction.Fail, DeploymentProgress.Next(s));
        s.ClusterChanged = true;
        Assert.Equal(NextAction.RollBack, DeploymentProgress.Next(s));
    }

    [Fact]
    public void Should_put_failure_before_abort_and_abort_before_pause()
    {
        var s = Running();
        (s.PauseRequested, s.AbortRequested, s.ClusterChanged) = (true, true, true);
        Assert.Equal(NextAction.RollBack, DeploymentProgress.Next(s));
        s.AbortRequested = false;
        Assert.Equal(NextAction.Pause, DeploymentProgress.Next(s));
        s.IsPaused = true;
        Assert.Equal(NextAction.StayPaused, DeploymentProgress.Next(s));
        s.FailureReason = "step failed";
        Assert.Equal(NextAction.RollBack, DeploymentProgress.Next(s));
    }

    [Fact]
    public void Should_wait_once_ended_or_rolling_back()
    {
        var s = Running();
        s.RollbackStartedAt = DateTimeOffset.UnixEpoch;
        Assert.Equal(NextAction.Wait, DeploymentProgress.Next(s));
        Assert.Equal("RollingBack", DeploymentProgress.StateOf(s));
        s.Outcome = Outcomes.RolledBack;
        Assert.Equal(NextAction.Wait, DeploymentProgress.Next(s));
        Assert.Equal("RolledBack", DeploymentProgress.StateOf(s));
    }

    [Theory]
    [InlineData(0, 4, 0.0)]
    [InlineData(1, 3, 25.0)]
    [InlineData(2, 1, 66.7)]
    [InlineData(0, 0, 0.0)]
    public void Should_weigh_traffic_by_ready_pods(int newReady, int oldReady, double weight)
    {
        var s = Running();
        (s.NewReady, s.OldReady) = (newReady, oldReady);
        Assert.Equal(weight, DeploymentProgress.NewVersionWeight(s));
    }
}
