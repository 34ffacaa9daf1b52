using System.Globalization;
using Suite.ComplianceWindows.Calendars;

namespace Suite.ComplianceWindows.Profiles;

/// <summary>
/// Refuses freezes that end before they start or give no reason and unknown time zones, naming the
/// profile and the setting, and profile files that cannot be used, naming the file, line and problem.
/// </summary>
public sealed class ComplianceOptionsValidator : IValidateOptions<ComplianceOptions>
{
    public ValidateOptionsResult Validate(string? name, ComplianceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (profileName, profile) in options.Profiles)
        {
            var freezes = profile?.Freezes ?? [];
            for (var i = 0; i < freezes.Count; i++)
            {
                var where = $"compliance profile '{profileName}', freeze {i} ({ComplianceOptions.Section}:Profiles:{profileName}:Freezes:{i})";
                if (freezes[i].To <= freezes[i].From)
                {
                    failures.Add(string.Create(
                        CultureInfo.InvariantCulture, $"{where}: To ({freezes[i].To:O}) must be after From ({freezes[i].From:O})"));
                }

                if (string.IsNullOrWhiteSpace(freezes[i].Reason))
                {
                    failures.Add($"{where}: Reason is required");
                }
            }

            if (profile?.TimeZone is { } zone && TimeZones.Find(zone) is null)
            {
                failures.Add($"compliance profile '{profileName}' ({ComplianceOptions.Section}:Profiles:{profileName}:TimeZone): " +
                    $"unknown time zone '{zone}' (use an IANA id such as America/Chicago)");
            }
        }

        try
        {
            ProfileCatalog.For(options);
        }
        catch (CalendarFileException e)
        {
            failures.AddRange(e.Problems.Select(p => p.ToString()));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
