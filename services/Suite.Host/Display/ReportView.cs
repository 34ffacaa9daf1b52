using System.Globalization;
using Suite.Contracts.Rollout;

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
        "Paused" or "AwaitingWindow" or "AwaitingApproval" => $"[yellow]{state}[/]",
        _ => $"[blue]{Markup.Escape(state)}[/]",
    };

    /// <summary>One line: state, step, weight, replicas.</summary>
    public static string Line(DeploymentStateReport r) =>
        $"{r.State,-14} step {r.Step}/{r.TotalSteps}  new version {Weight(r.NewVersionWeight)} of traffic  " +
        $"pods {r.UpdatedReplicas} new / {r.ReadyReplicas} ready / {r.DesiredReplicas} desired" +
        (r.PauseRequested ? "  (pausing at the next step boundary)" : "") +
        (r.PauseReason is { } why ? $"  ({why})" : "") +
        (r.WaitingFor is { } waiting ? $"  ({waiting})" : "");

    /// <summary>What a held deployment waits for: the window's reason and reopening, or the approval; and when it gives up.</summary>
    public static string? Waiting(DeploymentStateReport r) => r.WaitingFor is not { } reason
        ? null
        : reason + (r.WindowReopensAt is { } reopens ? $"; reopens {Time(reopens)}" : "") +
          (r.GiveUpAt is { } giveUp ? $"; fails if still waiting at {Time(giveUp)}" : "");

    /// <summary>Approval and override as the compliance profile asked for them; null when neither applies.</summary>
    public static string? Compliance(DeploymentStateReport r) =>
        (r.ApprovalRequired, r.ApprovedBy, r.OverriddenBy) switch
        {
            (false, null, null) => null,
            var (_, approved, overridden) => string.Join("; ", new[]
            {
                approved is not null ? $"approved by {approved}"
                    : r.ApprovalRequired ? $"approval required: 'suite approve {r.DeploymentId}' by a second person" : null,
                overridden is null ? null : $"window opened by an emergency override of {overridden}",
            }.OfType<string>()),
        };

    /// <summary>
    /// When a rollback was decided, when the previous version was fully serving again, how long that took and, where the
    /// Rollout service measured it, how much of it was the cluster starting pods and how much Suite; null without a rollback.
    /// </summary>
    public static string? Rollback(DeploymentStateReport r) => (r.RollbackDecidedAt, r.RollbackCompletedAt) switch
    {
        (null, _) => null,
        ({ } decided, null) => $"decided {Clock(decided)}, previous version not fully serving yet",
        ({ } decided, { } serving) => $"decided {Clock(decided)}, previous version fully serving {Clock(serving)} ({Took(r, decided, serving)})",
    };

    /// <summary>Until when the previous version stays warm after success; null when it was not kept.</summary>
    public static string? RollbackWindow(DeploymentStateReport r, DateTimeOffset now) => r.RollbackWindowEndsAt switch
    {
        null => null,
        { } ends when r.State == "Succeeded" && ends > now => $"previous version warm until {Time(ends)}: 'suite revert {r.DeploymentId}' switches back",
        { } ends => $"ended {Time(ends)}",
    };

    public static Table Table(DeploymentStateReport r)
    {
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("").AddColumn("");
        void Row(string name, string value) => table.AddRow($"[grey]{name}[/]", value);
        Row("deployment", r.DeploymentId.ToString());
        Row("application", Markup.Escape($"{r.Namespace}/{r.Application} in {r.Environment}"));
        Row("version", Markup.Escape($"{r.PreviousImage ?? "(none)"} → {r.Image}"));
        Row("strategy", Markup.Escape(r.Strategy));
        Row("state", StateMarkup(r.State) + (r.PauseRequested ? " [yellow](pausing at the next step boundary)[/]" : "")
            + (r.PauseReason is { } why ? $" [yellow]({Markup.Escape(why)})[/]" : ""));
        if (Waiting(r) is { } waiting)
        {
            Row("waiting for", $"[yellow]{Markup.Escape(waiting)}[/]");
        }

        if (Compliance(r) is { } compliance)
        {
            Row("compliance", Markup.Escape(compliance));
        }

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

        if (Rollback(r) is { } rollback)
        {
            Row("rollback", Markup.Escape(rollback));
        }

        if (RollbackWindow(r, TimeProvider.System.GetUtcNow()) is { } window)
        {
            Row("rollback window", Markup.Escape(window));
        }

        return table;
    }

    public static string Weight(double percent) => percent.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Time(DateTimeOffset at) => at == default ? "-" : at.ToString("yyyy-MM-dd HH:mm:ss.fff 'UTC'", CultureInfo.InvariantCulture);

    private static string Took(DeploymentStateReport r, DateTimeOffset decided, DateTimeOffset serving)
    {
        var breakdown = RollbackBreakdown.Of(decided, serving, r.RollbackTrafficSwitchedAt, r.RollbackRestoreStartedAt, r.RollbackPreviousReadyAt)!;
        return $"took {DurationText.Seconds(breakdown.Total)}" + (breakdown.Parts() is { } parts ? $": {parts}" : "");
    }

    private static string Clock(DateTimeOffset at) => at.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
}
