namespace Suite.ComplianceWindows.Calendars;

/// <summary>One thing wrong in a profile file, where it is.</summary>
public sealed record CalendarProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}, line {Line}: {Message}";
}
