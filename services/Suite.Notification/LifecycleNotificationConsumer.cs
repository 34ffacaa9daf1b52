using Suite.Notification.Composing;
using Suite.Notification.Deduplication;

namespace Suite.Notification;

/// <summary>
/// Tells people about the lifecycle events that matter to them (not every step: too chatty),
/// by logging each and publishing one <see cref="DeploymentNotification"/> per event, even when
/// the event is delivered again.
/// </summary>
public sealed partial class LifecycleNotificationConsumer(
    NotificationDeduplicator deduplicator, ILogger<LifecycleNotificationConsumer> logger) :
    IConsumer<DeploymentAccepted>,
    IConsumer<DeploymentRejected>,
    IConsumer<DeploymentWaitingForWindow>,
    IConsumer<DeploymentPaused>,
    IConsumer<DeploymentResumed>,
    IConsumer<DeploymentSucceeded>,
    IConsumer<DeploymentFailed>,
    IConsumer<DeploymentAborted>,
    IConsumer<DeploymentRolledBack>
{
    public Task Consume(ConsumeContext<DeploymentAccepted> context) => Tell(context, NotificationComposer.Compose(context.Message));

    public Task Consume(ConsumeContext<DeploymentRejected> context) => Tell(context, NotificationComposer.Compose(context.Message));

    public Task Consume(ConsumeContext<DeploymentWaitingForWindow> context) => Tell(context, NotificationComposer.Compose(context.Message));

    public Task Consume(ConsumeContext<DeploymentPaused> context) => Tell(context, NotificationComposer.Compose(context.Message));

    public Task Consume(ConsumeContext<DeploymentResumed> context) => Tell(context, NotificationComposer.Compose(context.Message));

    public Task Consume(ConsumeContext<DeploymentSucceeded> context) => Tell(context, NotificationComposer.Compose(context.Message));

    public Task Consume(ConsumeContext<DeploymentFailed> context) => Tell(context, NotificationComposer.Compose(context.Message));

    public Task Consume(ConsumeContext<DeploymentAborted> context) => Tell(context, NotificationComposer.Compose(context.Message));

    public Task Consume(ConsumeContext<DeploymentRolledBack> context) => Tell(context, NotificationComposer.Compose(context.Message));

    private async Task Tell(ConsumeContext context, DeploymentNotification notification)
    {
        var key = NotificationKey.Of(notification);
        if (!deduplicator.TryBegin(key))
        {
            LogDuplicate(notification.DeploymentId, notification.Kind);
            return;
        }

        try
        {
            await context.Publish(notification);
        }
        catch
        {
            deduplicator.Abandon(key);
            throw;
        }

        LogNotification(LevelOf(notification.Severity), notification.DeploymentId, notification.Kind, notification.Title, notification.Text);
    }

    private static LogLevel LevelOf(string severity) => severity switch
    {
        NotificationSeverity.Critical => LogLevel.Critical,
        NotificationSeverity.Warning => LogLevel.Warning,
        _ => LogLevel.Information,
    };

    [LoggerMessage(Message = "Deployment {DeploymentId} {Kind}: {Title}. {Text}")]
    private partial void LogNotification(LogLevel level, Guid deploymentId, string kind, string title, string text);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deployment {DeploymentId} {Kind} was delivered again; already told")]
    private partial void LogDuplicate(Guid deploymentId, string kind);
}
