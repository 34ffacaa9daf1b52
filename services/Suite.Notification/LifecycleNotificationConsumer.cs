using Suite.Notification.Composing;
using Suite.Notification.Delivery;
using Suite.Notification.Ledger;

namespace Suite.Notification;

/// <summary>
/// Tells people about the lifecycle events that matter to them (not every step: too chatty): logs
/// each, publishes one <see cref="DeploymentNotification"/> per event, then delivers it to the
/// channels its routes name. Each happens once even when the event is delivered again, and a channel
/// that is down never faults the event.
/// </summary>
public sealed partial class LifecycleNotificationConsumer(
    DeploymentFacts facts,
    INotificationLedger ledger,
    NotificationDispatcher dispatcher,
    ILogger<LifecycleNotificationConsumer> logger) :
    IConsumer<DeploymentAccepted>,
    IConsumer<DeploymentRejected>,
    IConsumer<DeploymentWaitingForWindow>,
    IConsumer<DeploymentPaused>,
    IConsumer<DeploymentResumed>,
    IConsumer<DeploymentSucceeded>,
    IConsumer<DeploymentFailed>,
    IConsumer<DeploymentAborted>,
    IConsumer<DeploymentRolledBack>,
    IConsumer<ComplianceWindowOverridden>
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

    public Task Consume(ConsumeContext<ComplianceWindowOverridden> context) => Tell(context, NotificationComposer.Compose(context.Message));

    private async Task Tell(ConsumeContext context, DeploymentNotification composed)
    {
        var notification = facts.Complete(composed);
        await PublishOnce(context, notification);
        await dispatcher.DispatchAsync(notification, context, context.CancellationToken);
    }

    // Subscribers hear first: the bus is quick and never waits on a slow channel.
    private async Task PublishOnce(ConsumeContext context, DeploymentNotification notification)
    {
        var key = DeliveryKey.Of(notification, DeliveryKey.Bus);
        if (!await ledger.TryBeginAsync(key, context.CancellationToken))
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
            await ledger.AbandonAsync(key, CancellationToken.None);
            throw;
        }

        await ledger.CompleteAsync(key, DeliveryOutcome.Delivered, CancellationToken.None);
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
