using Suite.ComplianceWindows.Calendars;

namespace Suite.ComplianceWindows.Profiles;

/// <summary>The profile files of one directory, by profile name; two files naming the same profile is a problem.</summary>
internal static class ProfileDirectory
{
    public static Dictionary<string, ComplianceCalendar> Read(string directory, List<CalendarProblem> problems)
    {
        var profiles = new Dictionary<string, ComplianceCalendar>(StringComparer.OrdinalIgnoreCase);
        var files = Directory.EnumerateFiles(directory)
            .Where(f => CalendarFileReader.Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                var profile = CalendarFileReader.Read(file);
                if (profiles.TryGetValue(profile.Name, out var first))
                {
                    problems.Add(new CalendarProblem(file, 1, $"profile '{profile.Name}' is also defined in {first.Source}"));
                    continue;
                }

                profiles[profile.Name] = profile;
            }
            catch (CalendarFileException e)
            {
                problems.AddRange(e.Problems);
            }
            catch (IOException e)
            {
                problems.Add(new CalendarProblem(file, 1, $"cannot be read: {e.Message}"));
            }
            catch (UnauthorizedAccessException e)
            {
                problems.Add(new CalendarProblem(file, 1, $"cannot be read: {e.Message}"));
            }
        }

        return profiles;
    }
}
