using Suite.Contracts.Planning;

namespace Suite.Sagas.Tests;

public sealed class When_deciding_the_next_action
{
    private static DeploymentState Running() => new()
    {
        WindowOpen = true, WindowClearedStep = 1, TrafficAnalyzed = true, Planned = true, PreflightPassed = true,
        Steps = [new PlanStep { Index = 1, NewReplicas = 2, OldReplicas = 0 }],
    };

    [Fact]
    public void Should_walk_the_work_in_order()
    {
        var s = new DeploymentState();
        Assert.Equal(NextAction.CheckWindow, DeploymentProgress.Next(s));
        s.WindowClosedReason = "freeze";
        Assert.Equal(NextAction.AwaitWindow, DeploymentProgress.Next(s));
        (s.WindowOpen, s.WindowClosedReason, s.RequiresApproval) = (true, null, true);
        Assert.Equal(NextAction.AwaitApproval, DeploymentProgress.Next(s));
        s.ApprovalTokenId = Guid.NewGuid();
        Assert.Equal(NextAction.Wait, DeploymentProgress.Next(s));
        Assert.Equal("AwaitingApproval", DeploymentProgress.StateOf(s));
        s.ApprovedBy = "bob";
        Assert.Equal(NextAction.AnalyzeTraffic, DeploymentProgress.Next(s));
        s.TrafficAnalyzed = true;
        Assert.Equal(NextAction.Plan, DeploymentProgress.Next(s));
        (s.Planned, s.PreviousImage, s.OldReady) = (true, "shop:v1", 1);
        s.Steps = [new PlanStep { Index = 1, NewReplicas = 1, OldReplicas = 0, TrafficWeight = 50, Stabilization = TimeSpan.FromSeconds(10), Analysis = true, Pause = true }];
        Assert.Equal(NextAction.PreflightGate, DeploymentProgress.Next(s));
        s.PreflightPassed = true;
        Assert.Equal(NextAction.CheckWindow, DeploymentProgress.Next(s));
        Assert.Equal(1, DeploymentProgress.WindowBoundary(s));
        s.WindowClosedReason = "opening auction";
        Assert.Equal(NextAction.AwaitWindow, DeploymentProgress.Next(s));
        (s.WindowClosedReason, s.WindowClearedStep, s.WindowWaitingSince) = (null, 1, DateTimeOffset.UnixEpoch);
        Assert.Equal(NextAction.WindowReopened, DeploymentProgress.Next(s));
        s.WindowWaitingSince = null;
        Assert.Equal(NextAction.RollOut, DeploymentProgress.Next(s));
        (s.NewScaledTo, s.StepPhase) = (1, StepPhases.Started);
        Assert.Null(DeploymentProgress.WindowBoundary(s));
        Assert.Equal(NextAction.Drain, DeploymentProgress.Next(s));
        s.OldReady = 0;
        Assert.Equal(NextAction.Route, DeploymentProgress.Next(s));
        s.RouteWeight = 50;
        Assert.Equal(NextAction.Stabilize, DeploymentProgress.Next(s));
        s.StepPhase = StepPhases.Stabilized;
        Assert.Equal(NextAction.VerifyStep, DeploymentProgress.Next(s));
        s.StepPhase = StepPhases.Analyzed;
        Assert.Equal(NextAction.PauseStep, DeploymentProgress.Next(s));
        s.StepPhase = StepPhases.PauseEnded;
        Assert.Equal(NextAction.CompleteStep, DeploymentProgress.Next(s));
        (s.CompletedSteps, s.StepPhase) = (1, StepPhases.NotStarted);
        Assert.Null(DeploymentProgress.WindowBoundary(s));
        Assert.Equal(NextAction.FinalGate, DeploymentProgress.Next(s));
        s.FinalGatePassed = true;
        Assert.Equal(NextAction.Succeed, DeploymentProgress.Next(s));
    }

    [Fact]
    public void Should_skip_the_parts_that_would_change_nothing()
    {
        var s = Running();
        (s.PreviousImage, s.NewScaledTo, s.OldReady, s.RouteWeight) = ("shop:v1", 2, 0, 10);
        s.Steps = [new PlanStep { Index = 1, NewReplicas = 2, OldReplicas = 0, TrafficWeight = 10 }];
        Assert.Equal(NextAction.CompleteStep, DeploymentProgress.Next(s));
    }

    [Fact]
    public void Should_leave_the_route_alone_when_the_step_names_none()
    {
        var s = Running();
        (s.NewScaledTo, s.RouteWeight) = (2, 25);
        Assert.False(StepProgress.RouteChanges(s, s.Steps[0]));
        Assert.True(StepProgress.RouteChanges(s, s.Steps[0] with { HeaderRoute = new HeaderRoute { Name = "X-B", Value = "1" } }));
    }

    [Fact]
    public void Should_skip_waits_analyses_and_pauses_once_fully_promoted()
    {
        var s = Running();
        (s.NewScaledTo, s.PromotedFully) = (2, true);
        s.Steps = [s.Steps[0] with { Stabilization = TimeSpan.FromMinutes(1), Analysis = true, Pause = true }];
        Assert.Equal(NextAction.CompleteStep, DeploymentProgress.Next(s));
    }

    [Fact]
    public void Should_wait_while_an_answer_or_a_timer_is_due_but_abort_at_once()
    {
        var s = Running();
        s.Awaiting = AwaitedCommands.Rollout;
        Assert.Equal(NextAction.Wait, DeploymentProgress.Next(s));
        Assert.Equal("RollingOut", DeploymentProgress.StateOf(s));
        s.PauseRequested = true;
        Assert.Equal(NextAction.Wait, DeploymentProgress.Next(s));
        (s.Awaiting, s.WaitTokenId, s.WaitKind) = (null, Guid.NewGuid(), StepWaits.Pause);
        Assert.Equal(NextAction.Pause, DeploymentProgress.Next(s));
        s.PauseRequested = false;
        Assert.Equal(NextAction.Wait, DeploymentProgress.Next(s));
        Assert.Equal("Observing", DeploymentProgress.StateOf(s));
        (s.AbortRequested, s.ClusterChanged) = (true, true);
        Assert.Equal(NextAction.RollBack, DeploymentProgress.Next(s));
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
