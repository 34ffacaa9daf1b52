using Microsoft.Extensions.DependencyInjection;
using Suite.Cluster;
using Suite.Contracts.Draining;

namespace Suite.Host.Tests.Strategies;

/// <summary>
/// The abort rolls back at once while the step's drain is still on its way; the real Draining consumer then gets the
/// stale drain. The rollback's mark must keep it from scaling the old version down again after the deployment said RolledBack.
/// </summary>
public sealed class When_a_drain_in_flight_outlives_an_abort
{
    [Fact]
    public async Task Should_leave_the_old_version_at_full_strength()
    {
        var hold = new DrainHold();
        await using var suite = await EmbeddedSuiteHost.Start(b => b.Services.AddSingleton<IConfigureReceiveEndpoint>(hold));
        var shop = new WorkloadRef("retail", "shop");
        suite.Cluster.Seed(shop, "shop:1", 4);
        var failedDrains = new List<DrainFailed>();
        var handle = suite.Bus.ConnectReceiveEndpoint($"test-drains-{NewId.NextGuid():N}", e => e.Handler<DrainFailed>(c =>
        {
            lock (failedDrains)
            {
                failedDrains.Add(c.Message);
            }

            return Task.CompletedTask;
        }));
        await handle.Ready;
        var request = EmbeddedSuiteHost.Request("shop", "shop:2", 4, "1", "1");
        hold.DeploymentId = request.DeploymentId;

        await suite.Bus.Publish(request);
        var drain = await hold.Held.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(("shop:1", 2), (drain.Image, drain.TargetReplicas));
        await suite.Bus.Publish(new AbortDeployment { DeploymentId = request.DeploymentId, RequestedBy = "tests", Reason = "stop" });
        var rolledBack = await suite.WaitFor(request.DeploymentId, r => r.IsTerminal, "the rollback");
        Assert.Equal("RolledBack", rolledBack.State);
        var since = suite.Time.GetUtcNow();

        hold.Release();
        await EventuallyAsync(() =>
        {
            lock (failedDrains)
            {
                return failedDrains.Any(d => d.DeploymentId == request.DeploymentId);
            }
        });

        Assert.Contains("was rolled back: the drain of step 1 not applied", failedDrains.Single().Reason);
        var old = suite.Version("shop", "shop:1")!;
        Assert.Equal((4, 4, 0), (old.Desired, old.Ready, old.Terminating));
        Assert.Equal(4, suite.Cluster.AvailabilityReport(shop, since).MinReady);
        Assert.Equal(0, suite.Version("shop", "shop:2")?.Running ?? 0);
        Assert.Equal(200, suite.Traffic("shop", "shop:1"), 6);
        Assert.Equal("RolledBack", (await suite.WaitFor(request.DeploymentId, r => r.IsTerminal, "the end")).State);
    }

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(20);
        }

        Assert.True(condition(), "the held drain was never answered");
    }
}
