using Suite.ComplianceWindows.Calendars;
using Suite.ComplianceWindows.Evaluation;

namespace Suite.Host.Windows;

/// <summary>What <c>suite windows check</c> prints (and its JSON).</summary>
public sealed record WindowCheckView(
    string Profile, DateTimeOffset At, string TimeZone, bool Open, string? Reason, IReadOnlyList<string> Causes,
    DateTimeOffset? ReopensAt, DateTimeOffset? ClosesAt, string Environment, bool RequiresApproval, string? ApprovalReason,
    IReadOnlyList<string> Frameworks, IReadOnlyList<string> SignalsNotChecked)
{
    public static WindowCheckView From(ComplianceCalendar profile, DateTimeOffset at, string environment, ComplianceDecision decision) => new(
        profile.Name, at, profile.TimeZone.Id, decision.IsOpen, decision.Reason, decision.Causes, decision.ReopensAt, decision.ClosesAt,
        environment, decision.RequiresApproval, decision.ApprovalReason, [.. profile.Frameworks.Select(f => f.Name)],
        [.. profile.Signals.Select(s => s.Condition)]);

    public void Write(TimeZoneInfo zone)
    {
        AnsiConsole.WriteLine($"{Profile}: {(Open ? "OPEN" : "CLOSED")} at {WindowTime.Show(At, zone)}");
        if (!Open)
        {
            Line("why", string.Join("; ", Causes));
            Line("reopens", ReopensAt is { } reopens
                ? $"{WindowTime.Show(reopens, zone)}, in {DurationText.Format(reopens - At)}"
                : $"not within {ComplianceEvaluator.SearchHorizon.TotalDays:0} days");
        }
        else
        {
            Line("closes", ClosesAt is { } closes
                ? $"{WindowTime.Show(closes, zone)}, in {DurationText.Format(closes - At)}"
                : $"not within {ComplianceEvaluator.SearchHorizon.TotalDays:0} days");
        }

        if (Frameworks.Count > 0)
        {
            Line("frameworks", string.Join(", ", Frameworks));
        }

        Line("approval", RequiresApproval ? $"required in {Environment}: {ApprovalReason}" : $"not required in {Environment}");
        if (SignalsNotChecked.Count > 0)
        {
            Line("signals", $"{string.Join(", ", SignalsNotChecked)}: judged by the ComplianceWindows service, not here");
        }
    }

    private static void Line(string label, string text) => AnsiConsole.WriteLine($"  {label + ":",-12}{text}");
}
