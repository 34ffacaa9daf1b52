using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Suite.Cluster;
using Suite.Contracts.Gates;
using Suite.Contracts.Traffic;

namespace Suite.QualityGates.Gates;

/// <summary>
/// Samples the version a gate judges (<see cref="GateSampler"/>: longer while it has seen too few requests) and
/// publishes the verdict: <see cref="GateEvidence"/> on whether it could judge, <see cref="GateDecision"/> on what it saw.
/// </summary>
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
            var sample = await ObserveAsync(gate, context.CancellationToken);
            judged = gate.Stage == GateStages.PreDeployment ? gate.Baseline ?? sample?.Observed : sample?.Observed;
            verdict = Decide(gate, sample, thresholds.Value);
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

    /// <summary>
    /// A new version seen serving too few requests even after sampling longer is inconclusive and decided by the
    /// configured verdict; a current version that serves too few passes (it gates the start, and the new version
    /// is judged after each step), as does a first deployment's, which has nothing to judge.
    /// </summary>
    private static GateVerdict Decide(EvaluateGate gate, GateSample? sample, GateThresholds t)
    {
        var judgesNew = gate.Stage is GateStages.PostStep or GateStages.Final;
        if (sample is not null && GateEvidence.Shortfall(judgesNew ? "new version" : "current version", sample.Observed, sample.Watched, t) is { } shortfall)
        {
            return judgesNew ? GateEvidence.Conclude(shortfall, t) : new GateVerdict(true, $"inconclusive: {shortfall}");
        }

        return GateDecision.Evaluate(gate.Stage, gate.Baseline, sample?.Observed, t);
    }

    /// <summary>Null when there is nothing to sample: a first deployment's current version, or a pre-deployment gate given the baseline.</summary>
    private async Task<GateSample?> ObserveAsync(EvaluateGate gate, CancellationToken cancellationToken)
    {
        var image = gate.Stage == GateStages.PreDeployment ? gate.PreviousImage : gate.Image;
        if (string.IsNullOrEmpty(image) || (gate.Stage == GateStages.PreDeployment && gate.Baseline is not null))
        {
            return null;
        }

        var sampler = new GateSampler(metrics, time, options.Value, thresholds.Value);
        var workload = new WorkloadRef(gate.Namespace, gate.Application);
        return await sampler.SampleAsync(workload, image, untilConclusive: gate.Stage != GateStages.PreDeployment, cancellationToken);
    }
}
