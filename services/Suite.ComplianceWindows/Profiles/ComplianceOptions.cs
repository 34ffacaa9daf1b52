namespace Suite.ComplianceWindows.Profiles;

/// <summary>Bound from <c>Suite:ComplianceWindows</c>: the compliance profiles deployments may name.</summary>
public sealed class ComplianceOptions
{
    public const string Section = "Suite:ComplianceWindows";

    /// <summary>The profile a deployment gets when it names none: open except for its freezes.</summary>
    public const string DefaultProfile = "default";

    public Dictionary<string, ComplianceProfile> Profiles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A directory of profile files (*.yaml, *.yml, *.json) besides the built-in ones; a file whose
    /// profile has a built-in profile's name replaces it.
    /// </summary>
    public string? ProfilesPath { get; set; }

    /// <summary>
    /// The profile called <paramref name="name"/> (case-insensitive; blank means <c>default</c>),
    /// or null when none is configured. <c>default</c> always exists, empty unless configured.
    /// </summary>
    public ComplianceProfile? Find(string? name)
    {
        var wanted = string.IsNullOrWhiteSpace(name) ? DefaultProfile : name.Trim();
        var found = Profiles.FirstOrDefault(p => string.Equals(p.Key, wanted, StringComparison.OrdinalIgnoreCase)).Value;
        return found ?? (string.Equals(wanted, DefaultProfile, StringComparison.OrdinalIgnoreCase) ? new ComplianceProfile() : null);
    }
}
