namespace Suite.Compliance.Tests.Calendars;

public sealed class When_a_profile_file_is_read
{
    [Fact]
    public void Should_read_every_kind_of_rule()
    {
        var profile = CalendarFileReader.Parse("""
            name: desk
            description: a trading desk
            timeZone: America/New_York
            frameworks:
              - name: MiFID II
                demands: [a second person approves]
              - Dodd-Frank
            requireApproval: { environments: [production, dr], reason: second person }
            overrides: { allowed: true, secondPerson: true }
            maxWait: 3d
            holidays:
              nyse:
                dates:
                  2026-11-26: Thanksgiving Day
              office:
                closed: true
                timeZone: Europe/London
                dates: [2026-12-28]
            closed:
              - { name: open, days: Mon-Fri, from: "09:30", to: "09:40", holidays: nyse }
              - { name: expiry, days: [fri], weekOfMonth: last, from: "15:45", to: "16:15", holidays: nyse, onHoliday: previousBusinessDay }
              - { name: tokyo, days: weekdays, at: "15:00", guard: 30m, timeZone: Asia/Tokyo }
              - { name: late, from: "22:00", to: "24:00" }
            sessionGuard: 15m
            criticalSessions:
              - { name: FOMC, date: 2026-12-09, from: "14:00", to: "15:30" }
            freezes:
              - { from: 2026-12-24, to: "2027-01-04 06:00", reason: year end }
            signals:
              - { condition: volume, above: 2, ttl: 10m, unknownBlocks: true, description: heavy volume }
            signalRecheck: 30s
            """, "desk.yaml");

        Assert.Equal(("desk", "a trading desk", "America/New_York", "desk.yaml"), (profile.Name, profile.Description, profile.TimeZone.Id, profile.Source));
        Assert.Equal(["MiFID II", "Dodd-Frank"], profile.Frameworks.Select(f => f.Name));
        Assert.Equal(["production", "dr"], profile.RequireApproval!.Environments);
        Assert.True(profile.Overrides.SecondPerson);
        Assert.Equal(TimeSpan.FromDays(3), profile.MaxWait);
        Assert.Equal(4, profile.Closed.Count);
        Assert.Equal(DayNames.Weekdays, profile.Closed[0].Days);
        Assert.Equal((-1, HolidayShift.PreviousBusinessDay), (profile.Closed[1].WeekOfMonth!.Value, profile.Closed[1].OnHoliday));
        Assert.Equal((new TimeOnly(15, 0), TimeSpan.FromMinutes(30), "Asia/Tokyo"), (profile.Closed[2].From, profile.Closed[2].Guard, profile.Closed[2].TimeZone!.Id));
        Assert.True(profile.Closed[3].EndsNextDay);
        Assert.Equal(TimeSpan.FromMinutes(15), profile.SessionGuard);
        Assert.Equal(Zones.At("2026-12-24 00:00", Zones.NewYork), profile.Freezes[0].From);
        Assert.Equal(Zones.At("2027-01-04 06:00", Zones.NewYork), profile.Freezes[0].To);
        Assert.Equal((2.0, TimeSpan.FromMinutes(10), true), (profile.Signals[0].Above!.Value, profile.Signals[0].Ttl, profile.Signals[0].UnknownBlocks));
        Assert.Equal(TimeSpan.FromSeconds(30), profile.SignalRecheck);
    }

    [Fact]
    public void Should_close_whole_days_of_a_closed_holiday_list_in_its_time_zone()
    {
        var profile = CalendarFileReader.Parse("""
            holidays:
              office: { closed: true, timeZone: Europe/London, dates: { 2026-12-28: Bank holiday } }
            """, "office.yaml", "office");

        Assert.True(BuiltIn.Check(profile, Zones.At("2026-12-27 23:59", Zones.London)).IsOpen);
        var closed = BuiltIn.Check(profile, Zones.At("2026-12-28 00:00", Zones.London));
        Assert.Equal("holiday: Bank holiday (office)", closed.Reason);
        Assert.Equal(Zones.At("2026-12-29 00:00", Zones.London), closed.ReopensAt);
    }

    [Fact]
    public void Should_read_JSON_too()
    {
        var profile = CalendarFileReader.Parse("""
            {
              "name": "batch",
              "timeZone": "Europe/London",
              "allowedOnly": [ { "name": "nights", "days": "daily", "from": "01:00", "to": "05:00" } ]
            }
            """, "batch.json");

        Assert.False(BuiltIn.Check(profile, Zones.At("2026-11-24 00:59", Zones.London)).IsOpen);
        Assert.True(BuiltIn.Check(profile, Zones.At("2026-11-24 01:00", Zones.London)).IsOpen);
    }

    [Fact]
    public void Should_take_its_name_from_the_file_when_it_names_none()
    {
        Assert.Equal("nights", CalendarFileReader.Parse("timeZone: UTC", "nights.yaml", "nights").Name);
    }
}
