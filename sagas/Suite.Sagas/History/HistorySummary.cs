using System.Globalization;

namespace Suite.Sagas.History;

/// <summary>One line a person reads in <c>suite history</c>.</summary>
public static class HistorySummary
{
    public static string Of(IHistoryEvent e) => e switch
    {
        RequestAccepted a => $"accepted {a.Strategy} deployment of {a.Image} to {a.Namespace}/{a.Application} in {a.Environment} for {a.RequestedBy}" + Why(a.Reason),
        RequestRejected r => $"rejected: {string.Join("; ", r.Errors)}",
        WindowChecked { IsOpen: true } w => $"compliance window open (profile {w.Profile})",
        WindowChecked w => $"compliance window closed (profile {w.Profile}): {w.Reason}" + (w.ReopensAt is { } at ? $"; reopens {Time(at)}" : ""),
        WindowRecheckScheduled r => $"window recheck scheduled for {Time(r.DueAt)}",
        WindowRecheckStarted => "window due to reopen: checking again",
        CommandFaulted f => $"{f.Command} FAILED in its service: {f.Reason}",
        BaselineTaken { Baseline: null } b => $"no traffic baseline (current version {b.CurrentImage ?? "none"})",
        BaselineTaken b => $"baseline of {b.CurrentImage}: {Percent(b.Baseline!.ErrorRate)} errors, p95 {b.Baseline.P95LatencyMs:0} ms at {b.Baseline.RequestsPerSecond:0.#} req/s",
        PlanMade p => $"planned {p.Steps.Count} step(s) from {p.PreviousImage ?? "nothing"} ({p.PreviousReplicas}) to {p.DesiredReplicas} replica(s), maxSurge {p.MaxSurge}, maxUnavailable {p.MaxUnavailable}",
        GatePassed g => $"{g.Stage} gate passed{StepOf(g.Stage, g.StepIndex)}: {g.Summary}",
        GateFailed g => $"{g.Stage} gate FAILED{StepOf(g.Stage, g.StepIndex)}: {g.Summary}",
        StepStarted s => $"step {s.StepIndex} started: new version to {s.NewReplicas}, then old version to {s.OldReplicas}",
        StepRolledOut s => $"step {s.StepIndex}: new version at {s.ReadyReplicas}/{s.DesiredReplicas} ready",
        StepDrained s => $"step {s.StepIndex}: old version drained to {s.RemainingReplicas}",
        StepFailed s => $"step {s.StepIndex} {s.Phase} failed: {s.Reason}",
        PauseRequested p => $"pause requested by {p.RequestedBy}" + Why(p.Reason),
        Paused => "paused",
        Resumed r => $"resumed by {r.RequestedBy}" + Why(r.Reason),
        AbortRequested a => $"abort requested by {a.RequestedBy}" + Why(a.Reason),
        Aborted a => $"aborted before any change: {a.Reason}",
        RollbackStarted r => $"rollback started: {r.Reason}",
        RollbackCompleted r => $"rolled back: {r.RestoredImage ?? "nothing"} serving again with {r.RestoredReplicas} replica(s)",
        RollbackFailed r => $"rollback FAILED: {r.Reason}",
        Succeeded => "succeeded",
        Failed f => $"failed: {f.Reason}",
        _ => HistoryEventTypes.NameOf(e),
    };

    private static string Why(string? reason) => string.IsNullOrWhiteSpace(reason) ? "" : $" ({reason})";

    private static string StepOf(string stage, int step) => stage == Contracts.Gates.GateStages.PostStep ? $" after step {step}" : "";

    private static string Percent(double fraction) => (fraction * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private static string Time(DateTimeOffset at) => at.ToString("u", CultureInfo.InvariantCulture);
}
