using Suite.ComplianceWindows.Calendars;

namespace Suite.ComplianceWindows.Evaluation;

/// <summary>
/// A profile's closed and open time between two instants, built from its rules' boundaries: every
/// closure with its reason, and the open time left (sorted, touching stretches joined).
/// </summary>
internal sealed class Timeline
{
    /// <summary>Freezes and sessions longer than the horizon still get an exact end, up to this far ahead.</summary>
    private static readonly TimeSpan LongestExtension = TimeSpan.FromDays(400);

    private Timeline(DateTimeOffset from, DateTimeOffset to, IReadOnlyList<Closure> closures, IReadOnlyList<Closure> open)
    {
        (From, To, Closures, Open) = (from, to, closures, open);
    }

    public DateTimeOffset From { get; }

    public DateTimeOffset To { get; }

    public IReadOnlyList<Closure> Closures { get; }

    /// <summary>Open stretches as closures without a reason (same shape: start included, end excluded).</summary>
    public IReadOnlyList<Closure> Open { get; }

    /// <summary>
    /// From two days before <paramref name="start"/> (so that closures under way are seen from their
    /// start) to <paramref name="horizon"/> after it, stretched to the end of freezes and sessions that cross the horizon.
    /// </summary>
    public static Timeline Around(ComplianceCalendar calendar, DateTimeOffset start, TimeSpan horizon)
    {
        var oneOffs = OneOffs(calendar).ToList();
        var to = start + horizon;
        while (to < start + LongestExtension && oneOffs.FirstOrDefault(o => o.Covers(to)) is { } crossing)
        {
            // A day past its end, so that what follows it is seen too.
            to = crossing.End + TimeSpan.FromDays(1);
        }

        return Build(calendar, start - TimeSpan.FromDays(2), to);
    }

    public static Timeline Build(ComplianceCalendar calendar, DateTimeOffset from, DateTimeOffset to)
    {
        var zone = calendar.TimeZone;
        var closures = OneOffs(calendar).Where(c => c.Intersects(from, to)).ToList();
        closures.AddRange(calendar.Holidays.SelectMany(h => h.Closures(from, to, zone)));
        closures.AddRange(calendar.Closed.SelectMany(w => w.Occurrences(from, to, zone)));
        if (calendar.AllowedOnly.Count > 0)
        {
            var reason = "outside the allowed time: " + string.Join(", ", calendar.AllowedOnly.Select(w => w.Describe(zone)));
            var allowed = Join(calendar.AllowedOnly.SelectMany(w => w.Occurrences(from, to, zone)));
            closures.AddRange(Gaps(allowed, from, to).Select(g => g with { Reason = reason }));
        }

        closures.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new Timeline(from, to, closures, Gaps(Join(closures), from, to));
    }

    /// <summary>The open stretch holding <paramref name="instant"/>, if it is open.</summary>
    public Closure? OpenAt(DateTimeOffset instant) => Open.FirstOrDefault(o => o.Covers(instant));

    /// <summary>The first open instant after <paramref name="instant"/>, within the timeline.</summary>
    public DateTimeOffset? OpensAfter(DateTimeOffset instant) => Open.FirstOrDefault(o => o.Start > instant)?.Start;

    /// <summary>Where an open stretch ends; null when it runs to the end of the timeline (its end is not known).</summary>
    public DateTimeOffset? EndOf(Closure open) => open.End < To ? open.End : null;

    private static IEnumerable<Closure> OneOffs(ComplianceCalendar calendar) =>
        calendar.Freezes.Select(f => new Closure(f.From, f.To, f.Reason ?? ""))
            .Concat(calendar.CriticalSessions.Select(s => s.Closure(calendar.TimeZone, calendar.SessionGuard)))
            .Where(c => c.End > c.Start);

    /// <summary>Overlapping or touching stretches as one, sorted.</summary>
    private static List<Closure> Join(IEnumerable<Closure> stretches)
    {
        var joined = new List<Closure>();
        foreach (var s in stretches.Where(s => s.End > s.Start).OrderBy(s => s.Start))
        {
            if (joined.Count > 0 && s.Start <= joined[^1].End)
            {
                joined[^1] = joined[^1] with { End = s.End > joined[^1].End ? s.End : joined[^1].End };
            }
            else
            {
                joined.Add(s with { Reason = "" });
            }
        }

        return joined;
    }

    /// <summary>The time between <paramref name="from"/> and <paramref name="to"/> that sorted, joined <paramref name="taken"/> leaves.</summary>
    private static List<Closure> Gaps(List<Closure> taken, DateTimeOffset from, DateTimeOffset to)
    {
        var gaps = new List<Closure>();
        var cursor = from;
        foreach (var t in taken)
        {
            if (t.Start > cursor)
            {
                gaps.Add(new Closure(cursor, t.Start < to ? t.Start : to, ""));
            }

            cursor = t.End > cursor ? t.End : cursor;
            if (cursor >= to)
            {
                break;
            }
        }

        if (cursor < to)
        {
            gaps.Add(new Closure(cursor, to, ""));
        }

        return [.. gaps.Where(g => g.End > g.Start)];
    }
}
