using Suite.ComplianceWindows.Profiles;

namespace Suite.ComplianceWindows.Windows;

/// <summary>Whether a profile's window is open at an instant. Pure: the caller says what time it is.</summary>
public static class WindowEvaluator
{
    /// <summary>
    /// Closed while any freeze covers <paramref name="now"/>, with the reason of the freeze that
    /// began first. It reopens when the freeze ends, or, when further freezes touch or overlap it,
    /// when the last of that chain ends: reopening for an instant would only start a deployment
    /// the next freeze then stops.
    /// </summary>
    public static WindowDecision Evaluate(ComplianceProfile profile, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var covering = profile.Freezes.Where(f => f.Covers(now)).OrderBy(f => f.From).ToList();
        if (covering.Count == 0)
        {
            return WindowDecision.Open;
        }

        var reopensAt = covering.Max(f => f.To);
        while (profile.Freezes.FirstOrDefault(f => f.From <= reopensAt && f.To > reopensAt) is { } next)
        {
            reopensAt = next.To;
        }

        return WindowDecision.Closed(covering[0].Reason ?? "", reopensAt);
    }
}
