using Suite.Cluster.Simulated;

namespace Suite.Integration.Postgres.Tests.Inbox;

/// <summary>
/// A rollout step waits minutes for pods. It must not do so inside a database transaction: an idle
/// transaction holds a pooled connection and locks, and holds back vacuum and history readers.
/// </summary>
public sealed class When_a_service_waits_for_the_cluster : IAsyncLifetime
{
    private PostgresSuite _suite = null!;

    public async Task InitializeAsync() => _suite = await PostgresSuite.Start();

    public async Task DisposeAsync() => await _suite.DisposeAsync();

    [Fact]
    public async Task Should_hold_no_transaction_open_while_it_waits()
    {
        _suite.Seed("shop", "shop:1", 2);
        // Two simulated minutes per pod start (three seconds of real time at the suite's speed).
        _suite.Cluster.SetVersionBehaviour("shop:2", new VersionBehaviour(0.001, 100, StartupDelay: TimeSpan.FromMinutes(2)));
        var request = PostgresSuite.Request("shop", "shop:2", 2);
        var longestIdle = TimeSpan.Zero;

        await _suite.Bus.Publish(request);
        var ended = _suite.WaitUntilEnded(request.DeploymentId);
        while (!ended.IsCompleted)
        {
            var idle = await _suite.Scalar("""
                SELECT COALESCE(max(EXTRACT(EPOCH FROM now() - xact_start)), 0)::float8 FROM pg_stat_activity
                WHERE state = 'idle in transaction' AND query LIKE '%{schema}%'
                """);
            longestIdle = TimeSpan.FromSeconds(Math.Max(longestIdle.TotalSeconds, (double)idle!));
            await Task.Delay(100);
        }

        Assert.Equal("Succeeded", (await ended).State);
        Assert.True(longestIdle < TimeSpan.FromSeconds(1), $"a transaction sat idle for {longestIdle.TotalSeconds:0.0} s");
    }
}
