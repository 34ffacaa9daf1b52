using Suite.Contracts.Traffic;

namespace Suite.QualityGates.Gates;

/// <summary>
/// Whether a gate has seen enough of a version to judge it: <see cref="GateThresholds.MinRequests"/> requests in the
/// time it sampled. A gate short of them keeps sampling (<see cref="QualityGatesOptions.MaxInconclusiveWait"/>); what it
/// decides when still short is <see cref="GateThresholds.WhenInconclusive"/>'s.
/// </summary>
public static class GateEvidence
{
    /// <summary>Requests the samples stand for: their mean rate over the time they cover.</summary>
    public static double Requests(VersionMetrics? observed, TimeSpan watched) => (observed?.RequestsPerSecond ?? 0) * watched.TotalSeconds;

    /// <summary>Null when <paramref name="observed"/> covers enough requests to judge; else what is missing, in one line.</summary>
    public static string? Shortfall(string who, VersionMetrics? observed, TimeSpan watched, GateThresholds t)
    {
        var requests = Requests(observed, watched);
        if (requests >= t.MinRequests)
        {
            return null;
        }

        var over = $"in {Contracts.DurationText.Format(watched)} of sampling";
        return observed is null || requests <= 0
            ? $"{who} served no request {over} (min {GateText.Count(t.MinRequests)})"
            : $"{who} served about {GateText.Count(requests)} requests {over} (min {GateText.Count(t.MinRequests)})";
    }

    /// <summary>The verdict on a sample still too small after sampling as long as allowed, as <see cref="GateThresholds.WhenInconclusive"/> says.</summary>
    public static GateVerdict Conclude(string shortfall, GateThresholds t) =>
        t.WhenInconclusive == InconclusiveVerdict.Pass
            ? new GateVerdict(true, $"inconclusive: {shortfall}: passed unjudged (WhenInconclusive is Pass)")
            : new GateVerdict(false, $"inconclusive: {shortfall}: failed, a version that cannot be judged is not promoted " +
                "(WhenInconclusive is Fail; more traffic, a longer MaxInconclusiveWait or a lower MinRequests would judge it)");
}
