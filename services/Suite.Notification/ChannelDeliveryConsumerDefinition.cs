namespace Suite.Notification;

/// <summary>
/// The channels' endpoint: <see cref="NotificationQueues.Delivery"/>, <see cref="NotificationQueues.DeliveryConcurrency"/>
/// events at once, with <see cref="NotificationRetry"/>. Not partitioned by deployment: a PagerDuty trigger held by
/// a <c>Retry-After</c> would then hold every later event of its deployment, on every channel; the ledger orders
/// PagerDuty's resolve after its triggers instead.
/// </summary>
public sealed class ChannelDeliveryConsumerDefinition : ConsumerDefinition<ChannelDeliveryConsumer>
{
    public ChannelDeliveryConsumerDefinition()
    {
        EndpointName = NotificationQueues.Delivery;
        ConcurrentMessageLimit = NotificationQueues.DeliveryConcurrency;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ChannelDeliveryConsumer> consumerConfigurator, IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        endpointConfigurator.UseMessageRetry(NotificationRetry.Configure);
    }
}
