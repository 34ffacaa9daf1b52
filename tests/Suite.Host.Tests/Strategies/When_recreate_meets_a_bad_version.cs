using Suite.Cluster;
using Suite.Cluster.Simulated;
using Suite.Contracts.Rollout;

namespace Suite.Host.Tests.Strategies;

public sealed class When_recreate_meets_a_bad_version
{
    [Fact]
    public async Task Should_roll_back_by_starting_the_old_version_again_and_measure_its_start_up()
    {
        await using var suite = await EmbeddedSuiteHost.Start();
        var batch = new WorkloadRef("retail", "batch");
        suite.Cluster.Seed(batch, "batch:1", 3);
        suite.Cluster.SetVersionBehaviour("batch:2", new VersionBehaviour(0.05, 120));

        var report = await suite.DeployAndWait(EmbeddedSuiteHost.Request("batch", "batch:2", 3) with
        {
            Strategy = DeploymentStrategies.Recreate, Environment = "staging",
        });

        Assert.True(report.State == "RolledBack", $"{report.State}: {report.LastError}");
        Assert.Contains("error rate", report.LastError);
        Assert.Equal(3, suite.Version("batch", "batch:1")!.Ready);
        Assert.Equal(200, suite.Traffic("batch", "batch:1"), 6);
        await EmbeddedSuiteHost.Eventually(() => (suite.Version("batch", "batch:2")?.Running ?? 0) == 0, "the bad version was not scaled away");
        var took = RollbackBreakdown.Of(report.RollbackDecidedAt!.Value, report.RollbackCompletedAt, report.RollbackTrafficSwitchedAt,
            report.RollbackRestoreStartedAt, report.RollbackPreviousReadyAt)!;
        Assert.True(took.PodStartup >= suite.Cluster.Options.StartupDelay, $"pod start-up measured {took.PodStartup}");
        Assert.True(took.Suite >= TimeSpan.Zero);
    }
}
