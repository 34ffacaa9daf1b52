namespace Suite.Compliance.Tests.Calendars;

public sealed class When_a_profile_file_is_wrong
{
    [Fact]
    public void Should_name_the_file_and_line_of_an_unknown_time_zone()
    {
        var problem = Assert.Single(Problems("""
            name: desk
            closed:
              - name: open
                from: "09:30"
                to: "09:40"
                timeZone: America/New_Yrok
            """));

        Assert.Equal("desk.yaml, line 6: closed 'open': unknown time zone 'America/New_Yrok' (use an IANA id such as America/New_York)", problem);
    }

    [Fact]
    public void Should_name_a_misspelt_key_at_its_line()
    {
        var problems = Problems("""
            name: desk
            timeZone: UTC
            closed:
              - name: open
                fom: "09:30"
                to: "09:40"
            """);

        Assert.Equal(2, problems.Count);
        Assert.Equal("desk.yaml, line 4: closed 'open' needs 'from'", problems[0]);
        Assert.StartsWith("desk.yaml, line 5: closed 'open': unknown key 'fom' (known: ", problems[1]);
    }

    [Fact]
    public void Should_report_every_problem_at_once()
    {
        var problems = Problems("""
            name: desk
            timeZone: Mars/Olympus
            maxWait: forever
            closed:
              - { name: open, from: "9h30", to: "09:40", days: Funday }
            freezes:
              - { from: 2026-12-24, to: 2026-12-20, reason: year end }
              - { from: 2026-12-24, to: 2026-12-28 }
            signals:
              - { condition: volume }
            """);

        Assert.Contains("desk.yaml, line 2: the profile: unknown time zone 'Mars/Olympus' (use an IANA id such as America/New_York)", problems);
        Assert.Contains("desk.yaml, line 3: the profile: 'maxWait' is 'forever', which is not a duration such as 24h or 3d", problems);
        Assert.Contains(problems, p => p.StartsWith("desk.yaml, line 5: closed 'open': 'days' has 'Funday'", StringComparison.Ordinal));
        Assert.Contains("desk.yaml, line 5: closed 'open': 'from' is '9h30', which is not a time of day (HH:mm, or 24:00)", problems);
        Assert.Contains("desk.yaml, line 7: freeze 'year end': 'to' must be after 'from'", problems);
        Assert.Contains("desk.yaml, line 8: freezes #2 needs 'reason'", problems);
        Assert.Contains("desk.yaml, line 10: signal 'volume' needs a threshold: 'above', 'below' or both", problems);
    }

    [Fact]
    public void Should_name_the_line_of_a_YAML_syntax_error()
    {
        var problem = Assert.Single(Problems("""
            name: desk
            closed:
              - name: open
               from: "09:30"
            """));

        Assert.StartsWith("desk.yaml, line 4: ", problem);
    }

    [Fact]
    public void Should_refuse_an_unknown_holiday_list()
    {
        var problem = Assert.Single(Problems("""
            name: desk
            holidays:
              nyse: { dates: [2026-11-26] }
            closed:
              - { name: open, from: "09:30", to: "09:40", holidays: lse }
            """));

        Assert.Equal("desk.yaml, line 5: closed 'open': unknown holiday list 'lse' (known: nyse)", problem);
    }

    [Fact]
    public void Should_refuse_an_at_without_a_guard_and_an_empty_window()
    {
        var problems = Problems("""
            name: desk
            closed:
              - { name: tokyo, at: "15:00" }
              - { name: nothing, from: "10:00", to: "10:00" }
            """);

        Assert.Contains("desk.yaml, line 3: closed 'tokyo': 'at' needs a 'guard': how long before it is closed", problems);
        Assert.Contains(problems, p => p.StartsWith("desk.yaml, line 4: closed 'nothing': 'from' and 'to' are the same time", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_say_an_empty_file_is_empty()
    {
        Assert.StartsWith("desk.yaml, line 1: the file is empty", Assert.Single(Problems("")));
    }

    private static List<string> Problems(string yaml)
    {
        var error = Assert.Throws<CalendarFileException>(() => CalendarFileReader.Parse(yaml, "desk.yaml"));
        return [.. error.Problems.Select(p => p.ToString())];
    }
}
