using Suite.Contracts.Gates;
using Suite.Contracts.Traffic;

namespace Suite.QualityGates.Gates;

/// <summary>Decides whether a deployment may go on past a gate, from metrics alone.</summary>
public static class GateDecision
{
    // Metrics arrive as doubles computed from counters; a value written as exactly the limit
    // must count as reaching it even when its arithmetic lands a few ulps below.
    private const double Tolerance = 1e-9;

    /// <summary>
    /// <see cref="GateStages.PreDeployment"/> judges the current version (<paramref name="baseline"/>,
    /// or <paramref name="observed"/> when there is none) against the absolute ceiling only.
    /// <see cref="GateStages.PostStep"/> and <see cref="GateStages.Final"/> judge the new version
    /// (<paramref name="observed"/>) against <paramref name="baseline"/> and the ceiling. Whether the sample is
    /// large enough to judge at all is <see cref="GateEvidence"/>'s to say, before this runs.
    /// </summary>
    public static GateVerdict Evaluate(string stage, VersionMetrics? baseline, VersionMetrics? observed, GateThresholds thresholds) =>
        stage switch
        {
            GateStages.PreDeployment => JudgeCurrent(baseline ?? observed, thresholds),
            GateStages.PostStep or GateStages.Final => JudgeNew(baseline, observed, thresholds),
            _ => new GateVerdict(false, $"unknown gate stage '{stage}'"),
        };

    private static GateVerdict JudgeCurrent(VersionMetrics? current, GateThresholds t)
    {
        if (current is null)
        {
            // It gates the start, not the new version: a current version nobody calls is no reason to stay on it.
            return new GateVerdict(true, "inconclusive: current version serves no traffic yet");
        }

        var rate = current.ErrorRate;
        var ceiling = $"(ceiling {GateText.Percent(t.MaxErrorRate)})";
        return Reaches(rate, t.MaxErrorRate)
            ? new GateVerdict(false, $"current version already at {GateText.Percent(rate)} errors {ceiling}: failed")
            : new GateVerdict(true, $"current version at {GateText.Percent(rate)} errors {ceiling}: ok");
    }

    private static GateVerdict JudgeNew(VersionMetrics? baseline, VersionMetrics? observed, GateThresholds t)
    {
        if (observed is null)
        {
            return new GateVerdict(false, "cannot judge: new version served no request");
        }

        var (errorsOk, errors) = JudgeErrors(baseline, observed, t);
        var (latencyOk, latency) = JudgeLatency(baseline, observed, t);
        return new GateVerdict(errorsOk && latencyOk, $"{errors}; {latency}");
    }

    private static (bool Ok, string Text) JudgeErrors(VersionMetrics? baseline, VersionMetrics observed, GateThresholds t)
    {
        var rate = observed.ErrorRate;
        var belowCeiling = !Reaches(rate, t.MaxErrorRate);
        var ceiling = $"ceiling {GateText.Percent(t.MaxErrorRate)}";
        if (baseline is null)
        {
            return (belowCeiling, $"error rate {GateText.Percent(rate)} ({ceiling}, no baseline): {GateText.Outcome(belowCeiling)}");
        }

        var ok = belowCeiling && !Reaches(rate - baseline.ErrorRate, t.MaxErrorRateIncrease);
        return (ok, $"error rate {GateText.Percent(rate)} vs baseline {GateText.Percent(baseline.ErrorRate)} " +
                    $"(allowed +{GateText.Points(t.MaxErrorRateIncrease)}, {ceiling}): {GateText.Outcome(ok)}");
    }

    private static (bool Ok, string Text) JudgeLatency(VersionMetrics? baseline, VersionMetrics observed, GateThresholds t)
    {
        var p95 = GateText.Millis(observed.P95LatencyMs);
        if (baseline is null || baseline.P95LatencyMs <= 0)
        {
            return (true, $"p95 {p95} (no baseline latency to compare)");
        }

        var ok = !Reaches(observed.P95LatencyMs / baseline.P95LatencyMs, t.MaxLatencyRatio);
        return (ok, $"p95 {p95} vs {GateText.Millis(baseline.P95LatencyMs)} (allowed {GateText.Ratio(t.MaxLatencyRatio)}): {GateText.Outcome(ok)}");
    }

    private static bool Reaches(double value, double limit) => value >= limit - Tolerance;
}
