using Suite.Cluster;
using Xunit.Abstractions;

namespace Suite.Integration.RabbitMq.Tests.EndToEnd;

[Collection(DistributedSuiteCollection.Name)]
public sealed class When_a_good_then_a_bad_version_is_deployed_across_processes(DistributedSuite suite, ITestOutputHelper output)
{
    private readonly ShopUpgrades _upgrades = new(suite);

    [Fact]
    public Task Should_move_every_pod_to_the_good_version() => Reporting(async () =>
    {
        var good = await _upgrades.Good;

        Assert.Equal("Succeeded", good.Report.State);
        AssertServing(good.Cluster, serving: "shop:v2", gone: "shop:v1");
    });

    [Fact]
    public Task Should_roll_the_bad_version_back_to_the_good_one() => Reporting(async () =>
    {
        var bad = await _upgrades.Bad;

        Assert.Equal("RolledBack", bad.Report.State);
        AssertServing(bad.Cluster, serving: "shop:v2", gone: "shop:v3");
    });

    [Fact]
    public Task Should_record_the_rollback_in_the_history() => Reporting(async () =>
    {
        var bad = await _upgrades.Bad;

        Assert.Contains(bad.History.Entries, e => e.Type.Contains("Rollback", StringComparison.OrdinalIgnoreCase));
    });

    private static void AssertServing(WorkloadStatus cluster, string serving, string gone)
    {
        var current = cluster.Version(serving);
        Assert.NotNull(current);
        Assert.Equal((4, 4), (current.Desired, current.Ready));
        var previous = cluster.Version(gone);
        Assert.True(previous is null or { Desired: 0, Running: 0 }, $"{gone} still runs: {previous}");
    }

    private async Task Reporting(Func<Task> scenario)
    {
        try
        {
            await scenario();
        }
        catch
        {
            output.WriteLine(suite.DescribeServices());
            throw;
        }
    }
}
