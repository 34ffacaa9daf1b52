using Suite.ComplianceWindows.Calendars;
using Suite.ComplianceWindows.Profiles;
using Suite.Host.Cli;

namespace Suite.Host.Windows;

/// <summary>The profiles <c>suite windows</c> evaluates: the built-in ones and those in a directory, as the ComplianceWindows service loads them.</summary>
public static class WindowProfiles
{
    /// <summary>The environment variable the service reads its profiles directory from, used when <c>--profiles</c> is not given.</summary>
    public const string PathVariable = "Suite__ComplianceWindows__ProfilesPath";

    public static ComplianceCalendar Find(string name, string? directory)
    {
        ProfileCatalog catalog;
        try
        {
            catalog = ProfileCatalog.Load(new ComplianceOptions { ProfilesPath = directory ?? Environment.GetEnvironmentVariable(PathVariable) });
        }
        catch (CalendarFileException e)
        {
            throw new CliException("cannot load the compliance profiles: " + string.Join("; ", e.Problems));
        }

        return catalog.Find(name) ?? throw new CliException(
            $"unknown compliance profile '{name}' (known: {string.Join(", ", catalog.Profiles.Select(p => p.Name).Order(StringComparer.Ordinal))})",
            ExitCodes.NotFound);
    }
}
