namespace Suite.ComplianceWindows.Evaluation;

/// <summary>A stretch of closed time, from <see cref="Start"/> (included) to <see cref="End"/> (excluded), and why.</summary>
public sealed record Closure(DateTimeOffset Start, DateTimeOffset End, string Reason)
{
    public bool Covers(DateTimeOffset instant) => Start <= instant && instant < End;

    public bool Intersects(DateTimeOffset from, DateTimeOffset to) => Start < to && End > from && End > Start;
}
