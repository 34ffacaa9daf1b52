using System.Globalization;

namespace Suite.Host.Display;

/// <summary>How a deployment's state reads on a terminal.</summary>
public static class ReportView
{
    public static string StateMarkup(string state) => state switch
    {
        "Succeeded" => "[green]Succeeded[/]",
        "RolledBack" => "[red]RolledBack[/]",
        "Failed" or "Rejected" or "Aborted" => $"[red]{state}[/]",
        "RollingBack" => "[darkorange]RollingBack[/]",
        "Paused" or "AwaitingWindow" => $"[yellow]{state}[/]",
        _ => $"[blue]{Markup.Escape(state)}[/]",
    };

    /// <summary>One line: state, step, weight, replicas.</summary>
    public static string Line(DeploymentStateReport r) =>
        $"{r.State,-14} step {r.Step}/{r.TotalSteps}  new version {Weight(r.NewVersionWeight)} of traffic  " +
        $"pods {r.UpdatedReplicas} new / {r.ReadyReplicas} ready / {r.DesiredReplicas} desired" +
        (r.PauseRequested ? "  (pausing at the next step boundary)" : "");

    public static Table Table(DeploymentStateReport r)
    {
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("").AddColumn("");
        void Row(string name, string value) => table.AddRow($"[grey]{name}[/]", value);
        Row("deployment", r.DeploymentId.ToString());
        Row("application", Markup.Escape($"{r.Namespace}/{r.Application} in {r.Environment}"));
        Row("version", Markup.Escape($"{r.PreviousImage ?? "(none)"} → {r.Image}"));
        Row("strategy", Markup.Escape(r.Strategy));
        Row("state", StateMarkup(r.State) + (r.PauseRequested ? " [yellow](pausing at the next step boundary)[/]" : ""));
        Row("step", $"{r.Step} of {r.TotalSteps}");
        Row("traffic to new", Weight(r.NewVersionWeight));
        Row("replicas", $"{r.UpdatedReplicas} updated, {r.ReadyReplicas} ready, {r.DesiredReplicas} desired");
        Row("last gate", Markup.Escape(r.LastGateOutcome ?? "-"));
        Row("requested by", Markup.Escape(r.RequestedBy));
        Row("started", Time(r.StartedAt));
        Row("updated", Time(r.UpdatedAt));
        if (r.LastError is not null)
        {
            Row("last error", $"[red]{Markup.Escape(r.LastError)}[/]");
        }

        return table;
    }

    public static string Weight(double percent) => percent.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Time(DateTimeOffset at) => at == default ? "-" : at.ToString("yyyy-MM-dd HH:mm:ss.fff 'UTC'", CultureInfo.InvariantCulture);
}
