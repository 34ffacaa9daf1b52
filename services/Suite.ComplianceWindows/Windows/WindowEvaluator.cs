using Suite.ComplianceWindows.Calendars;
using Suite.ComplianceWindows.Evaluation;
using Suite.ComplianceWindows.Profiles;

namespace Suite.ComplianceWindows.Windows;

/// <summary>Whether a profile's window is open at an instant. Pure: the caller says what time it is.</summary>
public static class WindowEvaluator
{
    /// <summary>
    /// Closed while any freeze covers <paramref name="now"/>, with the reason of the freeze that
    /// began first. It reopens when the freeze ends, or, when further freezes touch or overlap it,
    /// when the last of that chain ends: reopening for an instant would only start a deployment
    /// the next freeze then stops. Profiles with calendars are judged by <see cref="ComplianceEvaluator"/>.
    /// </summary>
    public static WindowDecision Evaluate(ComplianceProfile profile, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var decision = ComplianceEvaluator.Evaluate(ComplianceCalendar.FromFreezes("", profile.Freezes), now, null, DeploymentContext.None);
        return decision.IsOpen ? WindowDecision.Open : WindowDecision.Closed(decision.Reason ?? "", decision.ReopensAt);
    }
}
