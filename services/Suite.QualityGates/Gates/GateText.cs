using System.Globalization;

namespace Suite.QualityGates.Gates;

/// <summary>Number formats for gate summaries, invariant so that logs and history read the same everywhere.</summary>
internal static class GateText
{
    public static string Percent(double fraction) => (fraction * 100).ToString("F2", CultureInfo.InvariantCulture) + "%";

    public static string Points(double fraction) => (fraction * 100).ToString("F2", CultureInfo.InvariantCulture) + " pt";

    public static string Millis(double ms) => ms.ToString("F0", CultureInfo.InvariantCulture) + " ms";

    public static string Ratio(double ratio) => "x" + ratio.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Count(double requests) => requests.ToString("0", CultureInfo.InvariantCulture);

    public static string Outcome(bool ok) => ok ? "ok" : "failed";
}
