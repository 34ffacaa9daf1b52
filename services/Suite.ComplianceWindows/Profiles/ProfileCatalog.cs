using System.Runtime.CompilerServices;
using Suite.ComplianceWindows.Calendars;

namespace Suite.ComplianceWindows.Profiles;

/// <summary>
/// Every profile deployments may name: the built-in files, the files in
/// <see cref="ComplianceOptions.ProfilesPath"/> (replacing built-ins of the same name), and
/// configuration (its freezes added, its time zone replacing the file's). <c>default</c> always exists.
/// </summary>
public sealed class ProfileCatalog
{
    /// <summary>Where the built-in profiles are copied beside the assembly.</summary>
    public static string BuiltInDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "profiles");

    private static readonly ConditionalWeakTable<ComplianceOptions, ProfileCatalog> Loaded = [];

    private readonly Dictionary<string, ComplianceCalendar> _profiles;

    public ProfileCatalog(IEnumerable<ComplianceCalendar> profiles)
    {
        _profiles = new Dictionary<string, ComplianceCalendar>(StringComparer.OrdinalIgnoreCase);
        foreach (var profile in profiles)
        {
            _profiles[profile.Name] = profile;
        }

        _profiles.TryAdd(ComplianceOptions.DefaultProfile, ComplianceCalendar.FromFreezes(ComplianceOptions.DefaultProfile, []));
    }

    public IReadOnlyCollection<ComplianceCalendar> Profiles => _profiles.Values;

    /// <summary>The profile called <paramref name="name"/> (case-insensitive; blank means <c>default</c>), or null.</summary>
    public ComplianceCalendar? Find(string? name) =>
        _profiles.GetValueOrDefault(string.IsNullOrWhiteSpace(name) ? ComplianceOptions.DefaultProfile : name.Trim());

    /// <summary>
    /// The catalog of <paramref name="options"/> (with the built-in directory), loaded once per
    /// options instance: validating the options at start and answering checks share one load.
    /// </summary>
    public static ProfileCatalog For(ComplianceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Loaded.GetValue(options, o => Load(o));
    }

    /// <summary>Loads every profile, or throws <see cref="CalendarFileException"/> naming each file, line and problem.</summary>
    public static ProfileCatalog Load(ComplianceOptions options, string? builtInDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<CalendarProblem>();
        var profiles = new Dictionary<string, ComplianceCalendar>(StringComparer.OrdinalIgnoreCase);
        foreach (var directory in new[] { builtInDirectory ?? BuiltInDirectory, options.ProfilesPath })
        {
            if (string.IsNullOrWhiteSpace(directory))
            {
                continue;
            }

            if (!Directory.Exists(directory))
            {
                if (directory == options.ProfilesPath)
                {
                    problems.Add(new CalendarProblem(directory, 1, $"{ComplianceOptions.Section}:ProfilesPath: the directory does not exist"));
                }

                continue;
            }

            foreach (var (name, profile) in ProfileDirectory.Read(directory, problems))
            {
                profiles[name] = profile;
            }
        }

        foreach (var (name, configured) in options.Profiles)
        {
            var profile = profiles.GetValueOrDefault(name) ?? ComplianceCalendar.FromFreezes(name, []);
            profiles[name] = profile with
            {
                Freezes = [.. profile.Freezes, .. configured?.Freezes ?? []],
                TimeZone = TimeZones.Find(configured?.TimeZone) ?? profile.TimeZone,
            };
        }

        return problems.Count == 0 ? new ProfileCatalog(profiles.Values) : throw new CalendarFileException(problems);
    }
}
