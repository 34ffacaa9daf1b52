namespace Suite.Notification.Composing;

/// <summary>
/// Turns each lifecycle event worth telling a person into a <see cref="DeploymentNotification"/>:
/// a rollback (as it begins and as it ends), a failure or an emergency override of a closed window is
/// Critical; a refusal, a wait for a window or an approval, a pause or an abort is a Warning; the rest
/// is Info. Pure: the same event always reads the same.
/// </summary>
public static class NotificationComposer
{
    public static DeploymentNotification Compose(DeploymentAccepted e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Notify(e.DeploymentId, e.Application, e.Environment, NotificationSeverity.Info, nameof(DeploymentAccepted), e.OccurredAt,
            $"{e.Application} {Wording.Version(e.Image)} deployment started{Wording.In(e.Environment)}",
            $"Deploying {e.Image} with the {e.Strategy} strategy, requested by {Who(e.RequestedBy)}.{RetryOf(e.RetryOf, "It runs deployment {0} again.")}")
            with { State = "Started", Image = e.Image, Version = Wording.Version(e.Image), Strategy = NullIfEmpty(e.Strategy), RetryOf = e.RetryOf };
    }

    public static DeploymentNotification Compose(DeploymentRejected e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var reasons = e.Errors.Count == 0 ? "No reason was given." : string.Join(Environment.NewLine, e.Errors.Select(x => "- " + x));
        return Notify(e.DeploymentId, e.Application, e.Environment, NotificationSeverity.Warning, nameof(DeploymentRejected), e.OccurredAt,
            $"{e.Application} deployment rejected{Wording.In(e.Environment)}",
            $"The request was refused:{Environment.NewLine}{reasons}")
            with { State = "Rejected", Reason = e.Errors.Count == 0 ? null : string.Join("; ", e.Errors) };
    }

    /// <summary>A hold for a closed window, or (its reason starting <c>awaiting approval:</c>) for a second person's approval.</summary>
    public static DeploymentNotification Compose(DeploymentWaitingForWindow e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Waiting.ForApproval(e) is { } approval
            ? Notify(e.DeploymentId, e.Application, e.Environment, NotificationSeverity.Warning, nameof(DeploymentWaitingForWindow), e.OccurredAt,
                    $"{e.Application} deployment waiting for approval{Wording.In(e.Environment)}", approval.Text)
                with { State = "Awaiting approval", Reason = approval.Reason }
            : Notify(e.DeploymentId, e.Application, e.Environment, NotificationSeverity.Warning, nameof(DeploymentWaitingForWindow), e.OccurredAt,
                    $"{e.Application} deployment waiting for a compliance window{Wording.In(e.Environment)}", Waiting.ForWindow(e))
                with { State = "Waiting for a window", Reason = NullIfEmpty(e.Reason) };
    }

    public static DeploymentNotification Compose(DeploymentPaused e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Notify(e.DeploymentId, e.Application, e.Environment, NotificationSeverity.Warning, nameof(DeploymentPaused), e.OccurredAt,
            $"{e.Application} deployment paused{Wording.In(e.Environment)}",
            $"Paused by {Who(e.RequestedBy)}{Because(e.Reason)}")
            with { State = "Paused", Reason = NullIfEmpty(e.Reason) };
    }

    public static DeploymentNotification Compose(DeploymentResumed e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Notify(e.DeploymentId, e.Application, e.Environment, NotificationSeverity.Info, nameof(DeploymentResumed), e.OccurredAt,
            $"{e.Application} deployment resumed{Wording.In(e.Environment)}",
            $"Resumed by {Who(e.RequestedBy)}{Because(e.Reason)}")
            with { State = "Running", Reason = NullIfEmpty(e.Reason) };
    }

    public static DeploymentNotification Compose(DeploymentSucceeded e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Notify(e.DeploymentId, e.Application, e.Environment, NotificationSeverity.Info, nameof(DeploymentSucceeded), e.OccurredAt,
            $"{e.Application} {Wording.Version(e.Image)} deployed{Wording.In(e.Environment)}",
            $"{e.Image} serves all traffic; the deployment took {Wording.Duration(e.OccurredAt - e.StartedAt)}.{RetryOf(e.RetryOf, "It was a retry of deployment {0}.")}")
            with { State = "Succeeded", Image = e.Image, Version = Wording.Version(e.Image), Strategy = NullIfEmpty(e.Strategy), RetryOf = e.RetryOf };
    }

    public static DeploymentNotification Compose(DeploymentFailed e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Notify(e.DeploymentId, e.Application, e.Environment, NotificationSeverity.Critical, nameof(DeploymentFailed), e.OccurredAt,
            $"{e.Application} {Wording.Version(e.Image)} failed{Wording.In(e.Environment)}",
            Wording.Sentence(e.Reason.Length == 0 ? "No reason was given" : e.Reason))
            with { State = "Failed", Image = e.Image, Version = Wording.Version(e.Image), Strategy = NullIfEmpty(e.Strategy), Reason = NullIfEmpty(e.Reason) };
    }

    public static DeploymentNotification Compose(DeploymentAborted e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Notify(e.DeploymentId, e.Application, e.Environment, NotificationSeverity.Warning, nameof(DeploymentAborted), e.OccurredAt,
            $"{e.Application} {Wording.Version(e.Image)} aborted{Wording.In(e.Environment)}",
            $"Aborted by {Who(e.RequestedBy)}{Because(e.Reason)} The cluster was not changed.")
            with { State = "Aborted", Image = e.Image, Version = Wording.Version(e.Image), Strategy = NullIfEmpty(e.Strategy), Reason = NullIfEmpty(e.Reason) };
    }

    /// <summary>A rollback has begun: Critical at once, not only when the previous version is back.</summary>
    public static DeploymentNotification Compose(DeploymentRollingBack e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var restoring = e.PreviousImage is { Length: > 0 } previous
            ? $"Restoring {previous}."
            : "There is no previous version to restore; the new version is being removed.";
        return Notify(e.DeploymentId, e.Application, e.Environment, NotificationSeverity.Critical, nameof(DeploymentRollingBack), e.OccurredAt,
            $"{e.Application} {Wording.Version(e.Image)} rolling back{Wording.In(e.Environment)}",
            $"{Wording.Sentence(e.Reason.Length == 0 ? "No reason was given" : e.Reason)} {restoring}")
            with
            {
                State = "Rolling back", Image = e.Image, Version = Wording.Version(e.Image), Strategy = NullIfEmpty(e.Strategy), Reason = NullIfEmpty(e.Reason),
            };
    }

    public static DeploymentNotification Compose(DeploymentRolledBack e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var restored = e.RestoredImage is { Length: > 0 } image
            ? $"{image} serves all traffic again."
            : "There was no previous version to restore; the new version was removed.";
        return Notify(e.DeploymentId, e.Application, e.Environment, NotificationSeverity.Critical, nameof(DeploymentRolledBack), e.OccurredAt,
            $"{e.Application} {Wording.Version(e.Image)} rolled back{Wording.In(e.Environment)}",
            $"{Wording.Sentence(e.Reason)} {restored}".TrimStart())
            with
            {
                State = "Rolled back", Image = e.Image, Version = Wording.Version(e.Image), Strategy = NullIfEmpty(e.Strategy), Reason = NullIfEmpty(e.Reason),
            };
    }

    /// <summary>An emergency override is Critical: someone chose to deploy while the rules said no.</summary>
    public static DeploymentNotification Compose(ComplianceWindowOverridden e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var closed = string.IsNullOrWhiteSpace(e.ClosedReason) ? "" : $" The window was closed: {Wording.Sentence(e.ClosedReason)}";
        return Notify(e.DeploymentId, e.Application, e.Environment, NotificationSeverity.Critical, nameof(ComplianceWindowOverridden), e.OccurredAt,
            $"{e.Application} deployment let through a closed compliance window{Wording.In(e.Environment)}",
            $"Emergency override approved by {Who(e.Approver)}{Because(e.Reason)}{closed}")
            with { State = "Window overridden", Reason = NullIfEmpty(e.Reason) };
    }

    private static string Who(string requestedBy) => string.IsNullOrWhiteSpace(requestedBy) ? "an unnamed requester" : requestedBy;

    private static string Because(string? reason) => string.IsNullOrWhiteSpace(reason) ? "." : $": {Wording.Sentence(reason)}";

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string RetryOf(Guid? retried, string sentence) =>
        retried is { } id ? " " + string.Format(System.Globalization.CultureInfo.InvariantCulture, sentence, id) : "";

    private static DeploymentNotification Notify(
        Guid deploymentId, string application, string environment, string severity, string kind, DateTimeOffset occurredAt, string title, string text) =>
        new()
        {
            DeploymentId = deploymentId,
            Application = application,
            Environment = environment,
            Severity = severity,
            Kind = kind,
            Title = title,
            Text = text,
            OccurredAt = occurredAt,
        };
}
