using System.Globalization;

namespace Suite.Sagas.History;

/// <summary>One line a person reads in <c>suite history</c>.</summary>
public static class HistorySummary
{
    public static string Of(IHistoryEvent e) => e switch
    {
        RequestAccepted a => $"accepted {a.Strategy} deployment of {a.Image} to {a.Namespace}/{a.Application} in {a.Environment} for {a.RequestedBy}" + Why(a.Reason),
        RequestOptionsAccepted o => Options(o),
        RequestRejected r => $"rejected: {string.Join("; ", r.Errors)}",
        WindowChecked { IsOpen: true, Overridden: true } w => $"compliance window{Before(w.StepIndex)} open by emergency override (profile {w.Profile})",
        WindowChecked { IsOpen: true } w => $"compliance window{Before(w.StepIndex)} open (profile {w.Profile})" +
            (w is { StepIndex: null, RequiresApproval: true } ? $"; approval required: {w.ApprovalReason}" : ""),
        WindowChecked w => $"compliance window{Before(w.StepIndex)} closed (profile {w.Profile}): {w.Reason}" +
            (w.ReopensAt is { } at ? $"; reopens {Time(at)}" : ""),
        WindowRecheckScheduled r => $"window recheck scheduled for {Time(r.DueAt)}",
        WindowRecheckStarted => "window due to reopen: checking again",
        WindowWaitStarted { StepIndex: { } step } w => $"holding before step {step}: {w.Reason}" + GiveUp(w.GiveUpAt),
        WindowWaitStarted w => $"waiting for the compliance window: {w.Reason}" + GiveUp(w.GiveUpAt),
        WindowReopened { StepIndex: { } step } w => $"window open again after {Contracts.DurationText.Format(w.Waited)}: going on with step {step}",
        WindowReopened w => $"window open again after {Contracts.DurationText.Format(w.Waited)}: starting",
        ApprovalAwaited a => $"waiting for a second person's approval: {a.Reason}" + GiveUp(a.GiveUpAt),
        ApprovalWaitExpired => "no approval came within the maximum wait",
        ApprovalGranted g => $"approved by {g.Approver} ({g.Reason})",
        ApprovalRefused r => $"approval by {r.Approver} refused: {r.Refusal}",
        WindowOverridden o => $"EMERGENCY OVERRIDE by {o.Approver} ({o.Reason})" + (o.ClosedReason is { } closed ? $": opens what was closed: {closed}" : ""),
        OverrideRefused r => $"emergency override by {r.Approver} refused: {r.Refusal}",
        CommandFaulted f => $"{f.Command} FAILED in its service: {f.Reason}",
        BaselineTaken { Baseline: null } b => $"no traffic baseline (current version {b.CurrentImage ?? "none"})",
        BaselineTaken b => $"baseline of {b.CurrentImage}: {Percent(b.Baseline!.ErrorRate)} errors, p95 {b.Baseline.P95LatencyMs:0} ms at {b.Baseline.RequestsPerSecond:0.#} req/s",
        PlanMade p => $"planned {p.Steps.Count} step(s) from {p.PreviousImage ?? "nothing"} ({p.PreviousReplicas}) to {p.DesiredReplicas} replica(s), maxSurge {p.MaxSurge}, maxUnavailable {p.MaxUnavailable}",
        GatePassed g => $"{g.Stage} gate passed{StepOf(g.Stage, g.StepIndex)}: {g.Summary}",
        GateFailed g => $"{g.Stage} gate FAILED{StepOf(g.Stage, g.StepIndex)}: {g.Summary}",
        StepStarted s => $"step {s.StepIndex} started: new version to {s.NewReplicas}, old version to {s.OldReplicas}",
        StepRolledOut s => $"step {s.StepIndex}: new version at {s.ReadyReplicas}/{s.DesiredReplicas} ready",
        StepDrained s => $"step {s.StepIndex}: old version drained to {s.RemainingReplicas}",
        StepFailed s => $"step {s.StepIndex} {s.Phase} failed: {s.Reason}",
        CommandSent c => $"waiting for {c.What}" + (c.DeadlineAt is { } due ? $" (no progress by {Time(due)} fails it)" : ""),
        ProgressDeadlineExceeded d => $"no progress for {Contracts.DurationText.Seconds(d.Deadline)} while {d.What}",
        TrafficRouted t => $"step {t.StepIndex}: traffic routed: {Route(t.WeightPercent, t.HeaderRoute)}",
        WaitStarted w => $"step {w.StepIndex}: {(w.Kind == Deployments.StepWaits.Stabilization ? "stabilizing" : "pause")} until {Time(w.DueAt)}",
        WaitEnded w => $"step {w.StepIndex}: {(w.Kind == Deployments.StepWaits.Stabilization ? "stabilization" : "pause")} over",
        PromotionAwaited p => $"step {p.StepIndex}: paused, waiting for promotion",
        StepCompleted s => $"step {s.StepIndex} completed",
        PauseRequested p => $"pause requested by {p.RequestedBy}" + Why(p.Reason),
        Paused => "paused",
        Resumed r => $"resumed by {r.RequestedBy}" + Why(r.Reason),
        Promoted { Full: true } p => $"fully promoted by {p.RequestedBy}: remaining waits, analyses and pauses skipped" + Why(p.Reason),
        Promoted p => $"promoted by {p.RequestedBy}" + Why(p.Reason),
        AbortRequested a => $"abort requested by {a.RequestedBy}" + Why(a.Reason),
        Aborted a => $"aborted before any change: {a.Reason}",
        RevertRequested r => $"revert requested by {r.RequestedBy} inside the rollback window" + Why(r.Reason),
        Retried r => $"retried as {r.NewDeploymentId} by {r.RequestedBy}" + Why(r.Reason),
        ControlRefused c => $"{c.Command} by {c.RequestedBy} refused: {c.Reason}",
        RollbackStarted r => $"rollback started: {r.Reason}",
        RollbackCompleted r => RolledBack(r),
        RollbackFailed r => $"rollback FAILED: {r.Reason}",
        Succeeded => "succeeded",
        Failed f => $"failed: {f.Reason}",
        RetirementScheduled r => $"previous version kept warm until {Time(r.DueAt)} (rollback window)",
        RetirementStarted r => $"retiring the previous version {r.PreviousImage}",
        RetirementCompleted => "previous version retired",
        RetirementFailed r => $"retiring the previous version FAILED: {r.Reason}",
        NotificationNotDelivered n => $"notification of {n.EventKind} NOT delivered to {n.Channel} after {n.Attempts} attempt(s): {n.Reason}",
        _ => HistoryEventTypes.NameOf(e),
    };

    private static string RolledBack(RollbackCompleted r)
    {
        var serving = $"{r.RestoredImage ?? "nothing"} serving again with {r.RestoredReplicas} replica(s)";
        if (r.DecidedAt is not { } decided)
        {
            return $"rolled back: {serving}";
        }

        var breakdown = Contracts.Rollout.RollbackBreakdown.Of(decided, r.FullyServingAt ?? r.At, r.TrafficSwitchedAt, r.RestoreStartedAt, r.PreviousReadyAt)!;
        var parts = breakdown.Parts() is { } known ? $" ({known})" : "";
        return $"rolled back in {Contracts.DurationText.Seconds(breakdown.Total)}{parts}: {serving}";
    }

    private static string Options(RequestOptionsAccepted o)
    {
        var parts = new List<string>
        {
            $"progress deadline {(o.ProgressDeadline > TimeSpan.Zero ? Contracts.DurationText.Format(o.ProgressDeadline) : "off")}",
            $"rollback window {Contracts.DurationText.Format(o.RollbackWindow)}",
        };
        if (o.Options.Preset is { } preset)
        {
            parts.Insert(0, $"preset {preset}");
        }

        return "options: " + string.Join(", ", parts);
    }

    private static string Route(int? weight, Contracts.HeaderRoute? header) =>
        (weight, header) switch
        {
            (null, null) => "following ready pods",
            (var w, null) => $"{w}% to the new version",
            (null, var h) => $"requests with {h!.Name}: {h.Value} to the new version",
            (var w, var h) => $"{w}% and requests with {h!.Name}: {h.Value} to the new version",
        };

    private static string Before(int? step) => step is { } i ? $" before step {i}" : "";

    private static string GiveUp(DateTimeOffset? at) => at is { } giveUp ? $" (gives up at {Time(giveUp)})" : "";

    private static string Why(string? reason) => string.IsNullOrWhiteSpace(reason) ? "" : $" ({reason})";

    private static string StepOf(string stage, int step) => stage == Contracts.Gates.GateStages.PostStep ? $" after step {step}" : "";

    private static string Percent(double fraction) => (fraction * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private static string Time(DateTimeOffset at) => at.ToString("u", CultureInfo.InvariantCulture);
}
