using Suite.Cluster;

namespace Suite.Planning.Rolling;

/// <summary>
/// Ranks the old version's pods for Adaptive rolling, worst first. A pod's score is its error rate in
/// percentage points plus its p95 latency in multiples of the version's median p95: 2% errors weigh as
/// much as answering twice as slowly as the typical pod. Ties go by name, so a ranking is repeatable.
/// </summary>
public static class PodRanking
{
    public static IReadOnlyList<string> WorstFirst(IReadOnlyList<PodMetrics> pods)
    {
        if (pods.Count == 0)
        {
            return [];
        }

        var median = Median(pods.Select(p => p.P95LatencyMs));
        return [.. pods
            .OrderByDescending(p => Score(p, median))
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => p.Name)];
    }

    public static double Score(PodMetrics pod, double medianP95) =>
        pod.ErrorRate * 100 + (medianP95 > 0 ? pod.P95LatencyMs / medianP95 : 0);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
