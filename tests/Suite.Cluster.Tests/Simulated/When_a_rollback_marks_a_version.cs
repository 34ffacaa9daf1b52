namespace Suite.Cluster.Tests;

public sealed class When_a_rollback_marks_a_version
{
    private static readonly Guid RolledBack = Guid.Parse("0b0e6f53-2f6c-4e43-9c4a-7d7f7c1c0a01");
    private static readonly Guid Another = Guid.Parse("0b0e6f53-2f6c-4e43-9c4a-7d7f7c1c0a02");

    private readonly ManualTimeProvider _clock = new();
    private readonly SimulatedCluster _cluster;

    public When_a_rollback_marks_a_version() => _cluster = new SimulatedCluster(_clock);

    [Fact]
    public async Task Should_refuse_to_scale_it_for_that_deployment_only()
    {
        _cluster.Seed(Apps.Shop, Apps.V1, 4);

        await _cluster.MarkRolledBackAsync(Apps.Shop, Apps.V1, RolledBack, CancellationToken.None);

        Assert.False(await _cluster.ScaleVersionUnlessRolledBackAsync(Apps.Shop, Apps.V1, 1, null, RolledBack, CancellationToken.None));
        Assert.Equal((4, 4), (await Version(Apps.V1)) is { } kept ? (kept.Desired, kept.Ready) : default);
        Assert.True(await _cluster.ScaleVersionUnlessRolledBackAsync(Apps.Shop, Apps.V1, 2, null, Another, CancellationToken.None));
        Assert.Equal(2, (await Version(Apps.V1))!.Desired);
    }

    [Fact]
    public async Task Should_create_the_workload_of_a_version_that_has_none_so_that_a_late_step_cannot()
    {
        await _cluster.MarkRolledBackAsync(Apps.Shop, Apps.V2, RolledBack, CancellationToken.None);

        Assert.False(await _cluster.ScaleVersionUnlessRolledBackAsync(Apps.Shop, Apps.V2, 3, null, RolledBack, CancellationToken.None));
        var version = (await Version(Apps.V2))!;
        Assert.Equal((0, 0), (version.Desired, version.Running));
        Assert.Equal([RolledBack], version.RolledBack);
    }

    [Fact]
    public async Task Should_keep_the_latest_marks_first_and_no_more_than_its_bound()
    {
        var ids = Enumerable.Range(1, RollbackMarks.Kept + 4).Select(i => new Guid(i, 0, 0, new byte[8])).ToList();
        foreach (var id in ids)
        {
            await _cluster.MarkRolledBackAsync(Apps.Shop, Apps.V1, id, CancellationToken.None);
        }

        await _cluster.MarkRolledBackAsync(Apps.Shop, Apps.V1, ids[^2], CancellationToken.None);

        var marks = (await Version(Apps.V1))!.RolledBack;
        Assert.Equal(Enumerable.Reverse(ids).Take(RollbackMarks.Kept), marks);
    }

    [Fact]
    public async Task Should_not_route_for_that_deployment()
    {
        _cluster.Seed(Apps.Shop, Apps.V1, 4);
        _cluster.Seed(Apps.Shop, Apps.V2, 1);
        await _cluster.MarkRolledBackAsync(Apps.Shop, Apps.V1, RolledBack, CancellationToken.None);

        Assert.False(await _cluster.SetRouteUnlessRolledBackAsync(Apps.Shop, Apps.V2, 50, null, RolledBack, CancellationToken.None));
        Assert.Null(await _cluster.GetRouteAsync(Apps.Shop, CancellationToken.None));
        Assert.True(await _cluster.SetRouteUnlessRolledBackAsync(Apps.Shop, Apps.V2, 50, null, Another, CancellationToken.None));
        Assert.Equal(50, (await _cluster.GetRouteAsync(Apps.Shop, CancellationToken.None))!.WeightPercent);
    }

    [Fact]
    public async Task Should_tell_when_the_most_recently_ready_pod_became_ready()
    {
        var seeded = _clock.GetUtcNow();
        _cluster.Seed(Apps.Shop, Apps.V1, 2);
        Assert.Equal(seeded, (await Version(Apps.V1))!.LastReadyAt);

        _clock.Advance(TimeSpan.FromSeconds(10));
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V1, 3, CancellationToken.None);
        Assert.Equal(seeded, (await Version(Apps.V1))!.LastReadyAt);
        _clock.Advance(_cluster.Options.StartupDelay);

        Assert.Equal(seeded + TimeSpan.FromSeconds(10) + _cluster.Options.StartupDelay, (await Version(Apps.V1))!.LastReadyAt);
    }

    private async Task<VersionStatus?> Version(string image) => (await _cluster.GetWorkloadAsync(Apps.Shop, CancellationToken.None)).Version(image);
}
