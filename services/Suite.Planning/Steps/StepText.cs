using System.Globalization;

namespace Suite.Planning.Steps;

/// <summary>Words for step descriptions, the same in every strategy.</summary>
internal static class StepText
{
    /// <summary>"5 (+2)", "3 (-1)", or "5" when nothing changes.</summary>
    public static string Count(int before, int after) => after == before
        ? Invariant(after)
        : Invariant(after) + (after > before ? $" (+{Invariant(after - before)})" : $" (-{Invariant(before - after)})");

    public static string Pods(int count) => count == 1 ? "1 pod" : $"{Invariant(count)} pods";

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
