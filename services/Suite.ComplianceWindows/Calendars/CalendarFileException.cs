namespace Suite.ComplianceWindows.Calendars;

/// <summary>Profile files that cannot be used, with every problem found (file, line, what is wrong).</summary>
public sealed class CalendarFileException : Exception
{
    public CalendarFileException(IReadOnlyList<CalendarProblem> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    public CalendarFileException()
        : this([])
    {
    }

    public CalendarFileException(string message)
        : base(message)
    {
        Problems = [];
    }

    public CalendarFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public IReadOnlyList<CalendarProblem> Problems { get; }
}
