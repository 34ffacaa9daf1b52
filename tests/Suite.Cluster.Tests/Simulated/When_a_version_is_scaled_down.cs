namespace Suite.Cluster.Tests;

public sealed class When_a_version_is_scaled_down
{
    private readonly ManualTimeProvider _clock = new();
    private readonly SimulatedCluster _cluster;

    public When_a_version_is_scaled_down() => _cluster = new SimulatedCluster(_clock);

    [Fact]
    public async Task Should_keep_terminating_pods_out_of_rotation_until_the_grace_ends()
    {
        _cluster.Seed(Apps.Shop, Apps.V1, 3);

        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V1, 1, CancellationToken.None);
        Assert.Equal(new VersionStatus(Apps.V1, 1, Ready: 1, Starting: 0, Terminating: 2), (await Version()).Counts());

        _clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(2, (await Version()).Terminating);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(new VersionStatus(Apps.V1, 1, Ready: 1, Starting: 0, Terminating: 0), (await Version()).Counts());
        Assert.Single(_cluster.Pods(Apps.Shop));
    }

    [Fact]
    public async Task Should_remove_starting_pods_before_ready_ones()
    {
        _cluster.Seed(Apps.Shop, Apps.V1, 2);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V1, 4, CancellationToken.None);
        var addedAt = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromSeconds(1));

        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V1, 1, CancellationToken.None);

        var terminating = _cluster.Pods(Apps.Shop).Where(p => p.Phase == PodPhase.Terminating).ToList();
        Assert.Equal(3, terminating.Count);
        Assert.Equal(2, terminating.Count(p => p.CreatedAt == addedAt));
        Assert.Equal(new VersionStatus(Apps.V1, 1, Ready: 1, Starting: 0, Terminating: 3), (await Version()).Counts());
    }

    [Fact]
    public async Task Should_remove_the_newest_ready_pods_first()
    {
        _cluster.Seed(Apps.Shop, Apps.V1, 1);
        var oldest = _cluster.Pods(Apps.Shop).Single();
        _clock.Advance(TimeSpan.FromSeconds(5));
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V1, 3, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(5));

        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V1, 1, CancellationToken.None);

        var survivor = _cluster.Pods(Apps.Shop).Single(p => p.Phase != PodPhase.Terminating);
        Assert.Equal(oldest.Name, survivor.Name);
    }

    [Fact]
    public async Task Should_keep_the_version_at_zero_replicas_once_its_pods_are_gone()
    {
        _cluster.Seed(Apps.Shop, Apps.V1, 2);

        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V1, 0, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(new VersionStatus(Apps.V1, 0, 0, 0, 0), (await Version()).Counts());
        Assert.Empty(_cluster.Pods(Apps.Shop));
    }

    private async Task<VersionStatus> Version() =>
        (await _cluster.GetWorkloadAsync(Apps.Shop, CancellationToken.None)).Version(Apps.V1)!;
}
