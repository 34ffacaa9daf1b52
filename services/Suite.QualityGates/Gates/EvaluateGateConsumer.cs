using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Suite.Cluster;
using Suite.Cluster.Metrics;
using Suite.Contracts.Gates;
using Suite.Contracts.Traffic;

namespace Suite.QualityGates.Gates;

/// <summary>Samples the version a gate judges and publishes the <see cref="GateDecision"/> verdict.</summary>
public sealed class EvaluateGateConsumer(
    IMetricsSource metrics,
    TimeProvider time,
    IOptions<GateThresholds> thresholds,
    IOptions<QualityGatesOptions> options,
    ILogger<EvaluateGateConsumer> logger) : IConsumer<EvaluateGate>
{
    public async Task Consume(ConsumeContext<EvaluateGate> context)
    {
        var gate = context.Message;
        GateVerdict verdict;
        VersionMetrics? judged = null;
        try
        {
            var observed = await ObserveAsync(gate, context.CancellationToken);
            judged = gate.Stage == GateStages.PreDeployment ? gate.Baseline ?? observed : observed;
            verdict = GateDecision.Evaluate(gate.Stage, gate.Baseline, observed, thresholds.Value);
        }
        catch (Exception ex) when (ClusterFailure.IsExpected(ex, context.CancellationToken))
        {
            // A gate that cannot see the version must not wave it through.
            verdict = new GateVerdict(false, $"cannot judge: metrics unavailable ({ClusterFailure.Describe(ex)})");
        }

        logger.LogInformation(
            "Gate {Stage} of step {StepIndex} for deployment {DeploymentId}: {Passed} - {Summary}",
            gate.Stage, gate.StepIndex, gate.DeploymentId, verdict.Passed, verdict.Summary);

        await context.Publish(new GateEvaluated
        {
            DeploymentId = gate.DeploymentId,
            Stage = gate.Stage,
            StepIndex = gate.StepIndex,
            Passed = verdict.Passed,
            Summary = verdict.Summary,
            Observed = judged,
            EvaluatedAt = time.GetUtcNow(),
        });
    }

    private Task<VersionMetrics?> ObserveAsync(EvaluateGate gate, CancellationToken cancellationToken)
    {
        var image = gate.Stage == GateStages.PreDeployment ? gate.PreviousImage : gate.Image;
        if (string.IsNullOrEmpty(image) || (gate.Stage == GateStages.PreDeployment && gate.Baseline is not null))
        {
            return Task.FromResult<VersionMetrics?>(null);
        }

        var sampling = options.Value;
        var workload = new WorkloadRef(gate.Namespace, gate.Application);
        return MetricsSampling.AverageAsync(metrics, workload, image, sampling.Samples, sampling.SampleInterval, time, cancellationToken);
    }
}
