using System.Globalization;

namespace Suite.ComplianceWindows.Profiles;

/// <summary>Refuses freezes that end before they start or give no reason, naming the profile and the freeze.</summary>
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
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
