namespace Suite.ComplianceWindows.Profiles;

/// <summary>
/// A profile as configuration gives it (<c>Suite:ComplianceWindows:Profiles:NAME</c>): freezes, and
/// for a profile that also has a file, the time zone its rules use when they name none (e.g. a
/// hospital's for <c>clinical</c>).
/// </summary>
public sealed class ComplianceProfile
{
    public List<Freeze> Freezes { get; set; } = [];

    /// <summary>An IANA id; replaces the file's <c>timeZone</c>.</summary>
    public string? TimeZone { get; set; }
}
