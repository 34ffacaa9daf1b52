using Suite.Notification.Composing;

namespace Suite.Notification;

/// <summary>
/// Hears the lifecycle events that matter to people (not every step: too chatty) and composes each
/// into its <see cref="DeploymentNotification"/>; a subclass tells it to someone.
/// </summary>
public abstract class LifecycleEventConsumer(DeploymentFacts facts) :
    IConsumer<DeploymentAccepted>,
    IConsumer<DeploymentRejected>,
    IConsumer<DeploymentWaitingForWindow>,
    IConsumer<DeploymentPaused>,
    IConsumer<DeploymentResumed>,
    IConsumer<DeploymentSucceeded>,
    IConsumer<DeploymentFailed>,
    IConsumer<DeploymentAborted>,
    IConsumer<DeploymentRollingBack>,
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

    public Task Consume(ConsumeContext<DeploymentRollingBack> context) => Tell(context, NotificationComposer.Compose(context.Message));

    public Task Consume(ConsumeContext<DeploymentRolledBack> context) => Tell(context, NotificationComposer.Compose(context.Message));

    public Task Consume(ConsumeContext<ComplianceWindowOverridden> context) => Tell(context, NotificationComposer.Compose(context.Message));

    protected abstract Task TellAsync(ConsumeContext context, DeploymentNotification notification);

    private Task Tell(ConsumeContext context, DeploymentNotification composed) => TellAsync(context, facts.Complete(composed));
}
