using Suite.ComplianceWindows.Calendars;
using Suite.ComplianceWindows.Signals;

namespace Suite.ComplianceWindows.Evaluation;

/// <summary>
/// Whether a profile lets a deployment run at an instant, and when one of a given length first fits.
/// Pure: the caller says what time it is and what the signals are.
/// </summary>
public static class ComplianceEvaluator
{
    /// <summary>How far ahead reopening and fitting times are searched (freezes and sessions crossing it are followed to their end).</summary>
    public static readonly TimeSpan SearchHorizon = TimeSpan.FromDays(14);

    /// <param name="signals">The latest report of each condition; null when not known here (e.g. the CLI), so that only the calendar is judged.</param>
    public static ComplianceDecision Evaluate(
        ComplianceCalendar calendar, DateTimeOffset now, IReadOnlyDictionary<string, SignalReading>? signals, DeploymentContext context)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(context);
        var timeline = Timeline.Around(calendar, now, SearchHorizon);
        var causes = timeline.Closures.Where(c => c.Covers(now)).Select(c => c.Reason).Distinct().ToList();
        var calendarClosed = causes.Count > 0;
        var reopensAt = calendarClosed ? timeline.OpensAfter(now) : null;
        var recheckAt = calendarClosed ? reopensAt ?? timeline.To : (DateTimeOffset?)null;
        foreach (var rule in signals is null ? [] : calendar.Signals)
        {
            var verdict = rule.Judge(Find(signals!, rule.Condition), now, calendar.SignalRecheck);
            if (!verdict.Blocks)
            {
                continue;
            }

            causes.Add(verdict.Reason!);

            // While the calendar is closed there is no point asking before it reopens.
            if (!calendarClosed && (recheckAt is null || verdict.RecheckAt < recheckAt))
            {
                recheckAt = verdict.RecheckAt;
            }
        }

        var approval = calendar.RequireApproval is { } required && required.AppliesTo(context.Environment) ? required : null;
        var decision = new ComplianceDecision { RequiresApproval = approval is not null, ApprovalReason = approval?.Reason };
        if (causes.Count == 0)
        {
            return decision with { IsOpen = true, ClosesAt = timeline.OpenAt(now) is { } open ? timeline.EndOf(open) : null };
        }

        if (context.Overridden && calendar.Overrides.Allowed)
        {
            return decision with { IsOpen = true, Overridden = true, OverriddenReason = string.Join("; ", causes), Causes = causes };
        }

        return decision with { IsOpen = false, Reason = causes[0], Causes = causes, ReopensAt = reopensAt, RecheckAt = recheckAt };
    }

    /// <summary>
    /// The first start at or after <paramref name="after"/>, within the search horizon (stretched to the
    /// end of a freeze or session crossing it), from which <paramref name="duration"/> is open time
    /// throughout; null when there is none. Signals are not judged: nobody knows them ahead.
    /// </summary>
    public static Fit? NextFit(ComplianceCalendar calendar, TimeSpan duration, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(duration, SearchHorizon);
        // Open time is cut where the timeline ends, so nothing starting later than the horizon (or the end of a freeze crossing it) fits.
        var timeline = Timeline.Around(calendar, after, SearchHorizon + duration);
        foreach (var open in timeline.Open.Where(o => o.End > after))
        {
            var start = open.Start > after ? open.Start : after;
            if (open.End - start >= duration)
            {
                return new Fit(start, timeline.EndOf(open));
            }
        }

        return null;
    }

    private static SignalReading? Find(IReadOnlyDictionary<string, SignalReading> signals, string condition) =>
        signals.TryGetValue(condition, out var reading)
            ? reading
            : signals.FirstOrDefault(s => string.Equals(s.Key, condition, StringComparison.OrdinalIgnoreCase)).Value;
}
