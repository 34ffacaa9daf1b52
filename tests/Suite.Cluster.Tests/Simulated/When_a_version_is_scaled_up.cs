namespace Suite.Cluster.Tests;

public sealed class When_a_version_is_scaled_up
{
    private readonly ManualTimeProvider _clock = new();
    private readonly SimulatedCluster _cluster;

    public When_a_version_is_scaled_up() => _cluster = new SimulatedCluster(_clock);

    [Fact]
    public async Task Should_create_the_workload_of_an_unknown_image()
    {
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V2, 3, CancellationToken.None);

        var status = await _cluster.GetWorkloadAsync(Apps.Shop, CancellationToken.None);
        Assert.Equal(new VersionStatus(Apps.V2, Desired: 3, Ready: 0, Starting: 3, Terminating: 0), Assert.Single(status.Versions).Counts());
    }

    [Fact]
    public async Task Should_make_pods_ready_when_the_startup_delay_has_passed()
    {
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V2, 2, CancellationToken.None);

        _clock.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.Equal(0, (await Version(Apps.V2)).Ready);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(new VersionStatus(Apps.V2, 2, Ready: 2, Starting: 0, Terminating: 0), (await Version(Apps.V2)).Counts());
    }

    [Fact]
    public async Task Should_use_the_startup_delay_of_the_version()
    {
        _cluster.SetVersionBehaviour(Apps.V2, new VersionBehaviour(0.001, 100, StartupDelay: TimeSpan.FromSeconds(10)));
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V2, 1, CancellationToken.None);

        _clock.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(1, (await Version(Apps.V2)).Starting);
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await Version(Apps.V2)).Ready);
    }

    [Fact]
    public async Task Should_never_make_ready_a_version_that_never_becomes_ready()
    {
        _cluster.SetVersionBehaviour(Apps.V2, new VersionBehaviour(0, 100, NeverReady: true));
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V2, 2, CancellationToken.None);

        _clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(new VersionStatus(Apps.V2, 2, Ready: 0, Starting: 2, Terminating: 0), (await Version(Apps.V2)).Counts());
    }

    [Fact]
    public async Task Should_make_seeded_pods_ready_at_once()
    {
        _cluster.Seed(Apps.Shop, Apps.V1, 3);

        Assert.Equal(new VersionStatus(Apps.V1, 3, Ready: 3, Starting: 0, Terminating: 0), (await Version(Apps.V1)).Counts());
    }

    [Fact]
    public async Task Should_list_pods_with_image_name_and_phase()
    {
        _cluster.Seed(Apps.Shop, Apps.V1, 1);
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V2, 1, CancellationToken.None);

        var pods = _cluster.Pods(Apps.Shop);

        Assert.Collection(
            pods,
            p => Assert.Equal((Apps.V1, PodPhase.Ready), (p.Image, p.Phase)),
            p => Assert.Equal((Apps.V2, PodPhase.Starting), (p.Image, p.Phase)));
        Assert.StartsWith(KubernetesNaming.DeploymentName("shop", Apps.V2) + "-", pods[1].Name, StringComparison.Ordinal);
        Assert.NotEqual(pods[0].Name, pods[1].Name);
    }

    [Fact]
    public async Task Should_not_add_pods_when_the_same_count_is_asked_again()
    {
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V2, 2, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V2, 2, CancellationToken.None);

        Assert.Equal(2, _cluster.Pods(Apps.Shop).Count);
    }

    private async Task<VersionStatus> Version(string image) =>
        (await _cluster.GetWorkloadAsync(Apps.Shop, CancellationToken.None)).Version(image)!;
}
