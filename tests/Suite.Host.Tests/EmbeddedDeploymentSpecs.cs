using Suite.Cluster;
using Suite.Cluster.Simulated;
using Suite.Contracts.Rollout;

namespace Suite.Host.Tests;

public sealed class When_a_good_version_is_deployed_end_to_end
{
    [Fact]
    public async Task Should_move_all_pods_and_traffic_to_it_within_the_availability_bounds()
    {
        await using var suite = await EmbeddedSuiteHost.Start();
        var shop = new WorkloadRef("retail", "shop");
        suite.Cluster.Seed(shop, "shop:1", 6);
        var since = suite.Time.GetUtcNow();

        var report = await suite.DeployAndWait(EmbeddedSuiteHost.Request("shop", "shop:2", 6, "25%", "25%"));

        Assert.Equal("Succeeded", report.State);
        Assert.Equal((6, 0), (suite.Version("shop", "shop:2")!.Ready, suite.Version("shop", "shop:1")?.Running ?? 0));
        Assert.Null(await suite.Cluster.GetVersionMetricsAsync(shop, "shop:1", CancellationToken.None));
        var availability = suite.Cluster.AvailabilityReport(shop, since);
        Assert.True(availability.MinReady >= 6 - 1, $"ready pods fell to {availability.MinReady} at {availability.MinReadyAt}; maxUnavailable 25% of 6 allows 5");
        Assert.True(availability.MaxRunning <= 6 + 2, $"{availability.MaxRunning} pods ran at {availability.MaxRunningAt}; maxSurge 25% of 6 allows 8");
    }

    [Fact]
    public async Task Should_keep_full_availability_with_max_unavailable_zero()
    {
        await using var suite = await EmbeddedSuiteHost.Start();
        var cart = new WorkloadRef("retail", "cart");
        suite.Cluster.Seed(cart, "cart:1", 3);
        var since = suite.Time.GetUtcNow();

        var report = await suite.DeployAndWait(EmbeddedSuiteHost.Request("cart", "cart:2", 3, "1", "0"));

        Assert.Equal("Succeeded", report.State);
        var availability = suite.Cluster.AvailabilityReport(cart, since);
        Assert.Equal(3, availability.MinReady);
        Assert.True(availability.MaxRunning <= 4);
    }

    [Fact]
    public async Task Should_deploy_an_application_that_runs_nothing_yet()
    {
        await using var suite = await EmbeddedSuiteHost.Start();

        var report = await suite.DeployAndWait(EmbeddedSuiteHost.Request("search", "search:1", 2));

        Assert.Equal("Succeeded", report.State);
        Assert.Equal(2, suite.Version("search", "search:1")!.Ready);
    }
}

public sealed class When_the_new_version_returns_5_percent_errors_end_to_end
{
    [Fact]
    public async Task Should_be_caught_by_a_gate_and_rolled_back_to_the_old_version()
    {
        await using var suite = await EmbeddedSuiteHost.Start();
        var checkout = new WorkloadRef("retail", "checkout");
        suite.Cluster.Seed(checkout, "checkout:1", 4);
        suite.Cluster.SetVersionBehaviour("checkout:2", new VersionBehaviour(0.05, 120));
        var since = suite.Time.GetUtcNow();

        var report = await suite.DeployAndWait(EmbeddedSuiteHost.Request("checkout", "checkout:2", 4, "1", "0"));

        Assert.Equal("RolledBack", report.State);
        Assert.Contains("error rate", report.LastError);
        Assert.Equal(4, suite.Version("checkout", "checkout:1")!.Ready);
        Assert.Equal(0, suite.Version("checkout", "checkout:2")?.Running ?? 0);
        Assert.Equal(4, suite.Cluster.AvailabilityReport(checkout, since).MinReady);
        Assert.Equal(200, suite.Traffic("checkout", "checkout:1"), 6);
        var took = RollbackBreakdown.Of(report.RollbackDecidedAt!.Value, report.RollbackCompletedAt, report.RollbackTrafficSwitchedAt,
            report.RollbackRestoreStartedAt, report.RollbackPreviousReadyAt)!;
        Assert.True(took.PodStartup >= suite.Cluster.Options.StartupDelay, $"the drained old pod restarts: start-up measured {took.PodStartup}");
        Assert.True(report.RollbackTrafficSwitchedAt < report.RollbackPreviousReadyAt, "traffic goes to the old version's ready pods before the restored one is up");
        var history = await suite.History(report.DeploymentId);
        Assert.Equal(["GateFailed", "RollbackStarted", "RollbackCompleted"], history.Entries.Where(e => e.Type != "CommandSent").TakeLast(3).Select(e => e.Type));
        Assert.Equal(1, history.Entries.Count(e => e.Type == "StepStarted"));
    }

    [Fact]
    public async Task Should_tell_subscribers_with_a_critical_notification()
    {
        await using var suite = await EmbeddedSuiteHost.Start();
        suite.Cluster.Seed(new WorkloadRef("retail", "payments"), "payments:1", 2);
        suite.Cluster.SetVersionBehaviour("payments:2", new VersionBehaviour(0.05, 120));

        var report = await suite.DeployAndWait(EmbeddedSuiteHost.Request("payments", "payments:2", 2, "1", "0"));

        Assert.Equal("RolledBack", report.State);
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(10);
        while (TimeProvider.System.GetUtcNow() < deadline && !HasRolledBack(suite, report.DeploymentId))
        {
            await Task.Delay(20);
        }

        DeploymentNotification notification;
        lock (suite.Notifications)
        {
            notification = Assert.Single(suite.Notifications, n => n.DeploymentId == report.DeploymentId && n.Kind == nameof(DeploymentRolledBack));
        }

        Assert.Equal(NotificationSeverity.Critical, notification.Severity);
    }

    private static bool HasRolledBack(EmbeddedSuiteHost suite, Guid id)
    {
        lock (suite.Notifications)
        {
            return suite.Notifications.Any(n => n.DeploymentId == id && n.Kind == nameof(DeploymentRolledBack));
        }
    }
}

public sealed class When_the_strategy_is_recreate_end_to_end
{
    [Fact]
    public async Task Should_take_everything_down_then_bring_the_new_version_up()
    {
        await using var suite = await EmbeddedSuiteHost.Start();
        var batch = new WorkloadRef("retail", "batch");
        suite.Cluster.Seed(batch, "batch:1", 3);
        var since = suite.Time.GetUtcNow();

        var report = await suite.DeployAndWait(EmbeddedSuiteHost.Request("batch", "batch:2", 3) with { Strategy = "Recreate", Environment = "staging" });

        Assert.Equal("Succeeded", report.State);
        Assert.Equal(3, suite.Version("batch", "batch:2")!.Ready);
        var availability = suite.Cluster.AvailabilityReport(batch, since);
        Assert.Equal(0, availability.MinReady);
        Assert.Equal(3, availability.MaxRunning);
    }
}
