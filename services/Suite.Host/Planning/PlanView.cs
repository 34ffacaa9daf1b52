using Suite.Contracts.Planning;
using Suite.Planning;

namespace Suite.Host.Planning;

/// <summary>A plan as <c>suite plan</c> shows it, and as its JSON reads (the fields of DeploymentPlanned, plus the images).</summary>
public sealed record PlanView(
    string Strategy, string? Preset, string? CurrentImage, string Image, int DesiredReplicas, int MaxSurge, int MaxUnavailable,
    int MinAvailable, int MaxTotal, TimeSpan ExpectedDuration, TimeSpan? ScaleDownDelay, IReadOnlyList<PlanStep> Steps)
{
    /// <summary>Same as <see cref="MinAvailable"/>, under the name earlier versions printed.</summary>
    public int LowestAvailable => MinAvailable;

    /// <summary>Same as <see cref="MaxTotal"/>, under the name earlier versions printed.</summary>
    public int HighestPodCount => MaxTotal;

    /// <summary>Why <c>suite deploy</c> would refuse this request (by the default policy); empty when it would run it.</summary>
    public IReadOnlyList<string> DeployRefusals { get; init; } = [];

    public static PlanView From(PlanResult plan, string? currentImage, string image) => new(
        plan.Strategy, plan.Preset, currentImage, image, plan.DesiredReplicas, plan.MaxSurge, plan.MaxUnavailable,
        plan.MinAvailable, plan.MaxTotal, plan.ExpectedDuration, plan.ScaleDownDelay, plan.Steps);

    public static void Write(PlanView view)
    {
        AnsiConsole.MarkupLine(Markup.Escape(PlanText.Heading(view)));
        foreach (var refusal in view.DeployRefusals)
        {
            AnsiConsole.MarkupLine($"[red]suite deploy would refuse this:[/] {Markup.Escape(refusal)}");
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("#").RightAligned()).AddColumn("kind").AddColumn("description")
            .AddColumn(new TableColumn("new").RightAligned()).AddColumn(new TableColumn("old").RightAligned())
            .AddColumn("traffic to new").AddColumn(new TableColumn("min ready").RightAligned()).AddColumn(new TableColumn("max pods").RightAligned())
            .AddColumn("gate").AddColumn("pause");
        foreach (var s in view.Steps)
        {
            table.AddRow(
                Cell($"{s.Index}"), Cell(s.Kind), Cell(s.Description), Cell($"{s.NewReplicas}"), Cell($"{s.OldReplicas}"),
                Cell(PlanText.Traffic(s)), Cell($"{s.MinAvailable}"), Cell($"{s.MaxTotal}"), Cell(PlanText.Gate(s)), Cell(PlanText.Pause(s)));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(Markup.Escape(PlanText.Footer(view)));
    }

    private static Markup Cell(string text) => new(Markup.Escape(text));
}
