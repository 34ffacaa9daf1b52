namespace Suite.ComplianceWindows.Profiles;

/// <summary>The catalog for the current options: the files are read again only when the options change.</summary>
public sealed class ProfileCatalogSource(IOptionsMonitor<ComplianceOptions> options)
{
    public ProfileCatalog Current => ProfileCatalog.For(options.CurrentValue);
}
