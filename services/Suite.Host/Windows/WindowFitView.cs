using Suite.ComplianceWindows.Evaluation;

namespace Suite.Host.Windows;

/// <summary>What <c>suite windows next</c> prints (and its JSON).</summary>
public sealed record WindowFitView(string Profile, string Duration, DateTimeOffset After, string TimeZone, DateTimeOffset Start, DateTimeOffset? OpenUntil)
{
    public void Write(TimeZoneInfo zone)
    {
        AnsiConsole.WriteLine($"{Profile}: a {Duration} deployment fits from {WindowTime.Show(Start, zone)}");
        AnsiConsole.WriteLine($"  {"after:",-12}{WindowTime.Show(After, zone)}");
        AnsiConsole.WriteLine($"  {"open until:",-12}" + (OpenUntil is { } until
            ? WindowTime.Show(until, zone)
            : $"beyond {ComplianceEvaluator.SearchHorizon.TotalDays:0} days"));
        AnsiConsole.WriteLine($"  {"signals:",-12}not judged: nobody knows them ahead");
    }
}
