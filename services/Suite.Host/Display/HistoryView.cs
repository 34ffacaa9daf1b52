namespace Suite.Host.Display;

/// <summary>A deployment's history as a table, oldest first.</summary>
public static class HistoryView
{
    public static Table Table(DeploymentHistoryReport history, string? title = null)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("#").AddColumn("time (UTC)").AddColumn("event").AddColumn("what happened");
        if (title is not null)
        {
            table.Title(Markup.Escape(title));
        }

        foreach (var e in history.Entries)
        {
            var colour = e.Type is "GateFailed" or "StepFailed" or "RollbackStarted" or "RollbackFailed" or "Failed" or "RequestRejected" or "Aborted"
                or "ProgressDeadlineExceeded" or "RetirementFailed"
                ? "red" : e.Type is "Succeeded" or "RollbackCompleted" ? "green"
                : e.Type is "ControlRefused" or "RevertRequested" or "PromotionAwaited" ? "yellow" : "default";
            table.AddRow(e.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), e.RecordedAt.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture),
                $"[{colour}]{e.Type}[/]", Markup.Escape(e.Summary));
        }

        return table;
    }
}
