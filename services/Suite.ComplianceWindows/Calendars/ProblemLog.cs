using YamlDotNet.RepresentationModel;

namespace Suite.ComplianceWindows.Calendars;

/// <summary>The problems found in one file so far, each at the line of the node it is about.</summary>
internal sealed class ProblemLog(string file)
{
    private readonly List<CalendarProblem> _problems = [];

    public string File { get; } = file;

    public IReadOnlyList<CalendarProblem> Problems => _problems;

    public void Add(YamlNode node, string message) => Add((int)node.Start.Line, message);

    public void Add(int line, string message) => _problems.Add(new CalendarProblem(File, Math.Max(1, line), message));
}
