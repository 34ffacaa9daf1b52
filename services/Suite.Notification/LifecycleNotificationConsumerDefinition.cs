namespace Suite.Notification;

/// <summary>The bus notifications' endpoint: <see cref="ServiceQueues.Notification"/>, with <see cref="NotificationRetry"/>.</summary>
public sealed class LifecycleNotificationConsumerDefinition : ConsumerDefinition<LifecycleNotificationConsumer>
{
    public LifecycleNotificationConsumerDefinition() => EndpointName = ServiceQueues.Notification;

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<LifecycleNotificationConsumer> consumerConfigurator, IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        endpointConfigurator.UseMessageRetry(NotificationRetry.Configure);
    }
}
