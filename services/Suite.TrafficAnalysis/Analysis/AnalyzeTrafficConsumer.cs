using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Suite.Cluster;
using Suite.Cluster.Metrics;
using Suite.Contracts.Traffic;

namespace Suite.TrafficAnalysis.Analysis;

/// <summary>Finds the version serving the application now and publishes its averaged traffic as the baseline.</summary>
public sealed class AnalyzeTrafficConsumer(
    IClusterGateway cluster,
    IMetricsSource metrics,
    TimeProvider time,
    IOptions<TrafficAnalysisOptions> options,
    ILogger<AnalyzeTrafficConsumer> logger) : IConsumer<AnalyzeTraffic>
{
    public async Task Consume(ConsumeContext<AnalyzeTraffic> context)
    {
        var request = context.Message;
        var workload = new WorkloadRef(request.Namespace, request.Application);
        string? current;
        VersionMetrics? baseline;
        try
        {
            current = (await cluster.GetWorkloadAsync(workload, context.CancellationToken)).Serving()?.Image;
            baseline = current is null ? null : await SampleAsync(workload, current, context.CancellationToken);
        }
        catch (Exception ex) when (ClusterFailure.IsExpected(ex, context.CancellationToken))
        {
            var reason = ClusterFailure.Describe(ex);
            logger.LogWarning("Traffic analysis of {Workload} for deployment {DeploymentId} failed: {Reason}", workload, request.DeploymentId, reason);
            await context.Publish(new TrafficAnalysisFailed { DeploymentId = request.DeploymentId, Reason = reason, FailedAt = time.GetUtcNow() });
            return;
        }

        logger.LogInformation(
            "Traffic of {Workload} for deployment {DeploymentId}: serving {CurrentImage}, {RequestsPerSecond} req/s, {ErrorRate} errors, p95 {P95LatencyMs} ms",
            workload, request.DeploymentId, current, baseline?.RequestsPerSecond, baseline?.ErrorRate, baseline?.P95LatencyMs);

        await context.Publish(new TrafficAnalyzed
        {
            DeploymentId = request.DeploymentId,
            CurrentImage = current,
            Baseline = baseline,
            AnalyzedAt = time.GetUtcNow(),
        });
    }

    private async Task<VersionMetrics?> SampleAsync(WorkloadRef workload, string image, CancellationToken cancellationToken)
    {
        var sampling = options.Value;
        var averaged = await MetricsSampling.AverageAsync(metrics, workload, image, sampling.Samples, sampling.SampleInterval, time, cancellationToken);
        return averaged is { RequestsPerSecond: > 0 } ? averaged : null;
    }
}
