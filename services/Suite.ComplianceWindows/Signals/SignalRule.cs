using System.Globalization;

namespace Suite.ComplianceWindows.Signals;

/// <summary>
/// Blocks deployments while a reported condition crosses a threshold (strictly above
/// <see cref="Above"/> or below <see cref="Below"/>). A report is good for <see cref="Ttl"/> after it
/// was made; without a good report the condition is unknown, which blocks when <see cref="UnknownBlocks"/>.
/// </summary>
public sealed record SignalRule
{
    public required string Condition { get; init; }

    public double? Above { get; init; }

    public double? Below { get; init; }

    public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);

    public bool UnknownBlocks { get; init; }

    /// <summary>What crossing means, told to whoever waits, e.g. "trading volume above twice its average".</summary>
    public string? Description { get; init; }

    /// <summary>A report made at or after this long ago counts as unknown.</summary>
    public bool IsStale(SignalReading reading, DateTimeOffset now) => now >= reading.ReportedAt + Ttl;

    public SignalVerdict Judge(SignalReading? reading, DateTimeOffset now, TimeSpan recheck)
    {
        var soon = now + recheck;
        if (reading is null || IsStale(reading, now))
        {
            var unknown = reading is null
                ? $"{Condition} is unknown: no report"
                : string.Create(CultureInfo.InvariantCulture, $"{Condition} is unknown: its last report ({reading.ReportedAt:O}) is older than {DurationText.Format(Ttl)}");
            return UnknownBlocks ? new SignalVerdict(true, unknown, soon) : SignalVerdict.Clear;
        }

        var crossed = Above is { } above && reading.Value > above
            ? string.Create(CultureInfo.InvariantCulture, $"{Condition} is {reading.Value} (above {above})")
            : Below is { } below && reading.Value < below
                ? string.Create(CultureInfo.InvariantCulture, $"{Condition} is {reading.Value} (below {below})")
                : null;
        if (crossed is null)
        {
            return SignalVerdict.Clear;
        }

        // Once the report goes stale the condition is unknown, which reopens the window when unknown does not block.
        var staleAt = reading.ReportedAt + Ttl;
        return new SignalVerdict(true, Description is null ? crossed : $"{Description}: {crossed}", UnknownBlocks || soon < staleAt ? soon : staleAt);
    }
}
