namespace Suite.Compliance.Tests.Clinical;

public sealed class When_a_hospital_sets_its_time_zone
{
    [Fact]
    public void Should_open_at_02_00_on_the_hospital_clocks()
    {
        var catalog = ProfileCatalog.Load(new ComplianceOptions
        {
            Profiles = new(StringComparer.OrdinalIgnoreCase) { ["clinical"] = new ComplianceProfile { TimeZone = "Europe/Berlin" } },
        });
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var clinical = catalog.Find("clinical")!;

        Assert.True(BuiltIn.Check(clinical, Zones.At("2026-11-24 02:00", berlin)).IsOpen);
        Assert.False(BuiltIn.Check(clinical, Zones.At("2026-11-24 02:00", Zones.Chicago)).IsOpen);
        Assert.Equal("outside the allowed time: off-hours 02:00-06:00 Europe/Berlin", BuiltIn.Check(clinical, Zones.At("2026-11-24 12:00", berlin)).Reason);
    }

    [Fact]
    public void Should_default_to_Chicago()
    {
        Assert.Equal("America/Chicago", BuiltIn.Clinical.TimeZone.Id);
    }
}
