namespace Suite.Cluster.Tests;

/// <summary>
/// A hand-worked rollout (start-up 2 s, grace 1 s), t in seconds:
/// t0 v1×3 ready · t1 v2→1 (ready t3) · t3 v1→2 and v2→2 (ready t5) · t4 v1→0 · t6 report.
/// Ready/running: t0 3/3 · t1 3/4 · t3 3/4 · t4 1/2 · t5 2/2.
/// </summary>
public sealed class When_availability_is_reported
{
    private readonly ManualTimeProvider _clock = new();
    private readonly SimulatedCluster _cluster;
    private readonly DateTimeOffset _t0;

    public When_availability_is_reported()
    {
        _cluster = new SimulatedCluster(_clock);
        _t0 = _clock.GetUtcNow();
    }

    [Fact]
    public async Task Should_find_the_fewest_ready_and_the_most_running_pods_of_the_rollout()
    {
        await RollOutAsync();

        var report = _cluster.AvailabilityReport(Apps.Shop, _t0);

        Assert.Equal(new AvailabilityReport(_t0, At(6), MinReady: 1, MinReadyAt: At(4), MaxRunning: 4, MaxRunningAt: At(1)), report);
    }

    [Fact]
    public async Task Should_consider_only_what_happened_since_the_given_time()
    {
        await RollOutAsync();

        Assert.Equal(new AvailabilityReport(At(4.5), At(6), 1, At(4.5), 2, At(4.5)), _cluster.AvailabilityReport(Apps.Shop, At(4.5)));
        Assert.Equal(new AvailabilityReport(At(5), At(6), 2, At(5), 2, At(5)), _cluster.AvailabilityReport(Apps.Shop, At(5)));
    }

    [Fact]
    public async Task Should_see_a_pod_that_came_and_went_between_two_reads()
    {
        _cluster.Seed(Apps.Shop, Apps.V1, 2);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V2, 1, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V2, 0, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(10));

        var report = _cluster.AvailabilityReport(Apps.Shop, _t0);

        Assert.Equal((2, 3, At(1)), (report.MinReady, report.MaxRunning, report.MaxRunningAt));
    }

    [Fact]
    public void Should_report_nothing_running_for_an_unknown_application()
    {
        var report = _cluster.AvailabilityReport(new WorkloadRef("shop", "cart"), _t0);

        Assert.Equal((0, 0), (report.MinReady, report.MaxRunning));
    }

    private async Task RollOutAsync()
    {
        _cluster.Seed(Apps.Shop, Apps.V1, 3);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V2, 1, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(2));
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V1, 2, CancellationToken.None);
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V2, 2, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await _cluster.ScaleVersionAsync(Apps.Shop, Apps.V1, 0, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(2));
    }

    private DateTimeOffset At(double seconds) => _t0 + TimeSpan.FromSeconds(seconds);
}
