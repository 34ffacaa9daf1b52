using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Sagas.EventStore;

namespace Suite.Sagas.Projections;

/// <summary>
/// Keeps the deployment summaries current: reads the global history from its checkpoint, folds
/// each touched deployment's stream, and stores the summaries with the new checkpoint. Several
/// orchestrators may run it at once: summaries only move forward (by history version).
/// </summary>
public sealed class DeploymentSummaryProjector(
    IServiceScopeFactory scopes,
    IDeploymentSummaryStore summaries,
    TimeProvider time,
    ILogger<DeploymentSummaryProjector> logger) : BackgroundService
{
    public const int BatchSize = 500;
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>Projects everything recorded so far; returns the number of events read.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IEventStore>();
        var total = 0;
        while (true)
        {
            var checkpoint = await summaries.GetCheckpointAsync(cancellationToken).ConfigureAwait(false);
            var batch = await store.ReadAllAsync(checkpoint, BatchSize, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                return total;
            }

            var projected = new List<DeploymentSummary>();
            foreach (var streamId in batch.Select(e => e.StreamId).Distinct())
            {
                var stream = await store.ReadStreamAsync(streamId, cancellationToken).ConfigureAwait(false);
                projected.Add(DeploymentSummaryProjection.Project(stream));
            }

            await summaries.SaveAsync(projected, batch[^1].Position, cancellationToken).ConfigureAwait(false);
            total += batch.Count;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CatchUpAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Projecting deployment summaries failed; trying again");
            }

            try
            {
                await Task.Delay(PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
