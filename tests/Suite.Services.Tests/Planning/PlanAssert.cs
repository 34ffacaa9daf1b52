using Suite.Contracts.Planning;

namespace Suite.Services.Tests.Planning;

/// <summary>Compares a plan with a hand-checked table of (new, old, min available, max total) rows.</summary>
internal static class PlanAssert
{
    public static void Steps(IReadOnlyList<PlanStep> actual, params (int New, int Old, int MinAvailable, int MaxTotal)[] expected)
    {
        var rows = actual.Select(s => (s.NewReplicas, s.OldReplicas, s.MinAvailable, s.MaxTotal)).ToArray();
        Assert.Equal(expected, rows);
        Assert.Equal(Enumerable.Range(1, actual.Count), actual.Select(s => s.Index));
    }
}
