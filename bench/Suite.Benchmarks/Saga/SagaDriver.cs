using Suite.Benchmarks.Measuring;
using Suite.Cluster;
using Suite.Cluster.Simulated;

namespace Suite.Benchmarks.Saga;

/// <summary>
/// Starts a round of deployments at once, one per application (so that no lease makes one wait for
/// another), each a good version rolled out over several steps, and times the round until all have ended.
/// </summary>
public sealed class SagaDriver(SimulatedCluster cluster, IBus bus, SagaRows rows, int replicas)
{
    public const string Namespace = "bench";

    private static readonly TimeSpan RoundTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A round as a <see cref="RunResult"/>: its transitions (history events) over its wall time,
    /// with each deployment's time from publish to its last transition as the latencies.
    /// </summary>
    public async Task<(RunResult Result, IReadOnlyList<DeploymentOutcome> Outcomes)> Round(string label, int deployments, CancellationToken cancellationToken)
    {
        var requests = Enumerable.Range(0, deployments).Select(i => Prepare($"bench-{label}-{i}")).ToList();
        var ids = requests.Select(r => r.DeploymentId).ToList();

        var publishedAt = TimeProvider.System.GetUtcNow();
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(requests.Select(r => bus.Publish(r, cancellationToken)));
        await rows.WaitUntilEnded(ids, RoundTimeout, cancellationToken);
        var elapsed = wall.Elapsed;

        var outcomes = await rows.Outcomes(ids, cancellationToken);
        var failed = outcomes.Where(o => o.State != "Succeeded").ToList();
        if (failed.Count > 0)
        {
            throw new InvalidOperationException(
                $"{failed.Count} of {deployments} deployments of a good version did not succeed: " +
                string.Join(", ", failed.Select(o => $"{o.DeploymentId} {o.State}")));
        }

        var latencies = outcomes.Select(o => o.LastRecordedAt - publishedAt).ToList();
        return (new RunResult(outcomes.Sum(o => o.Transitions), elapsed, latencies), outcomes);
    }

    private DeploymentRequested Prepare(string application)
    {
        var workload = new WorkloadRef(Namespace, application);
        cluster.Seed(workload, $"{application}:1.0.0", replicas);
        return new DeploymentRequested
        {
            DeploymentId = NewId.NextGuid(), Application = application, Namespace = Namespace, Image = $"{application}:2.0.0",
            Strategy = DeploymentStrategies.Rolling, Environment = "staging", RequestedBy = "bench", Replicas = replicas,
            MaxSurge = "1", MaxUnavailable = "0", StabilizationWait = "0s", RollbackWindow = "0s", Reason = "saga benchmark",
            RequestedAt = TimeProvider.System.GetUtcNow(),
        };
    }
}
