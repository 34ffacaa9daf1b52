namespace Suite.ComplianceWindows.Profiles;

/// <summary>A closed period, from <see cref="From"/> (included) to <see cref="To"/> (excluded).</summary>
public sealed class Freeze
{
    public DateTimeOffset From { get; set; }

    public DateTimeOffset To { get; set; }

    /// <summary>Told to whoever asked to deploy, e.g. "year-end change freeze".</summary>
    public string? Reason { get; set; }

    public bool Covers(DateTimeOffset instant) => From <= instant && instant < To;
}
