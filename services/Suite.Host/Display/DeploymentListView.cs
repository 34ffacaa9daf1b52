using System.Globalization;

namespace Suite.Host.Display;

/// <summary>A page of deployments as a table, newest first.</summary>
public static class DeploymentListView
{
    public static Table Table(DeploymentList list)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("deployment").AddColumn("application").AddColumn("env").AddColumn("image").AddColumn("strategy")
            .AddColumn("state").AddColumn("step").AddColumn("started (UTC)").AddColumn("by");
        foreach (var d in list.Items)
        {
            var colour = d.State switch
            {
                "Succeeded" => "green",
                "RolledBack" or "Failed" or "Rejected" => "red",
                "Aborted" or "Paused" or "AwaitingWindow" => "yellow",
                _ => "default",
            };
            table.AddRow(d.DeploymentId.ToString(), Markup.Escape(d.Application), Markup.Escape(d.Environment), Markup.Escape(d.Image),
                Markup.Escape(d.Strategy), $"[{colour}]{Markup.Escape(d.State)}[/]",
                $"{d.Step.ToString(CultureInfo.InvariantCulture)}/{d.TotalSteps.ToString(CultureInfo.InvariantCulture)}",
                d.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Markup.Escape(d.RequestedBy));
        }

        if (list.Items.Count == 0)
        {
            table.Caption("no deployments match");
        }

        return table;
    }
}
