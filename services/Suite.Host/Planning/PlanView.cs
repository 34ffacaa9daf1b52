using Suite.Planning;

namespace Suite.Host.Planning;

/// <summary>A plan as <c>suite plan</c> shows it (and as its JSON reads).</summary>
public sealed record PlanView(
    string Strategy, string? CurrentImage, string Image, int DesiredReplicas, int MaxSurge, int MaxUnavailable,
    int LowestAvailable, int HighestPodCount, IReadOnlyList<PlanStepView> Steps)
{
    public static PlanView From(PlanResult plan, string? currentImage, string image) => new(
        plan.Strategy, currentImage, image, plan.DesiredReplicas, plan.MaxSurge, plan.MaxUnavailable,
        plan.Steps.Count == 0 ? plan.DesiredReplicas : plan.Steps.Min(s => s.MinAvailable),
        plan.Steps.Count == 0 ? plan.DesiredReplicas : plan.Steps.Max(s => s.MaxTotal),
        [.. plan.Steps.Select(s => new PlanStepView(s.Index, s.NewReplicas, s.OldReplicas, s.MinAvailable, s.MaxTotal))]);

    public static void Write(PlanView view)
    {
        AnsiConsole.MarkupLine(Markup.Escape(
            $"{view.Strategy}: {view.CurrentImage ?? "(nothing)"} → {view.Image}, {view.DesiredReplicas} replica(s), " +
            $"maxSurge {view.MaxSurge}, maxUnavailable {view.MaxUnavailable}"));
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("step").AddColumn(new TableColumn("new version").RightAligned()).AddColumn(new TableColumn("old version").RightAligned())
            .AddColumn(new TableColumn("available at least").RightAligned()).AddColumn(new TableColumn("pods at most").RightAligned());
        foreach (var s in view.Steps)
        {
            table.AddRow($"{s.Index}", $"{s.NewReplicas}", $"{s.OldReplicas}", $"{s.MinAvailable}", $"{s.MaxTotal}");
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(Markup.Escape(
            $"lowest availability {view.LowestAvailable} of {view.DesiredReplicas} (floor {Math.Max(0, view.DesiredReplicas - view.MaxUnavailable)}); " +
            $"highest pod count {view.HighestPodCount} (ceiling {view.DesiredReplicas + view.MaxSurge}); each step ends with a quality gate"));
    }
}

public sealed record PlanStepView(int Index, int NewReplicas, int OldReplicas, int MinAvailable, int MaxTotal);
