using Suite.Contracts;

namespace Suite.ServiceDefaults;

/// <summary>Suite's own message scheduler, for brokers without delayed delivery.</summary>
public static class SchedulerRegistrationExtensions
{
    /// <summary>
    /// Consumes MassTransit's ScheduleMessage and CancelScheduledMessage on
    /// <see cref="ServiceQueues.Scheduler"/>, keeps them in the registered
    /// <see cref="IScheduledMessageStore"/> (in memory unless one is registered first) and sends
    /// each to its destination when due. Call it in exactly one kind of process (the Orchestrator)
    /// when <see cref="BusConfigurationExtensions.UsesRabbitMq"/> is true.
    /// </summary>
    public static IBusRegistrationConfigurator AddSuiteScheduler(this IBusRegistrationConfigurator bus)
    {
        bus.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.Section)
            .Validate(o => o.SendTimeout > TimeSpan.Zero && o.SendTimeout < PostgresScheduledMessageStore.ClaimFor,
                $"{SchedulerOptions.Section}:SendTimeout must be positive and shorter than a claim ({PostgresScheduledMessageStore.ClaimFor}), or a slow send could be sent twice")
            .Validate(o => o.BatchSize > 0, $"{SchedulerOptions.Section}:BatchSize must be positive");
        bus.TryAddSingleton(TimeProvider.System);
        bus.TryAddSingleton<IScheduledMessageStore, InMemoryScheduledMessageStore>();
        bus.TryAddSingleton<SchedulerSignal>();
        bus.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ScheduledMessageDispatcher>());

        bus.AddConsumer<ScheduleMessageConsumer>().Endpoint(SchedulerEndpoint);
        bus.AddConsumer<CancelScheduledMessageConsumer>().Endpoint(SchedulerEndpoint);
        return bus;
    }

    // One message at a time keeps a cancel behind the schedule it follows on the queue; the
    // store's remembered cancels cover what ordering cannot (redeliveries, several instances).
    private static void SchedulerEndpoint(IEndpointRegistrationConfigurator endpoint)
    {
        endpoint.Name = ServiceQueues.Scheduler;
        endpoint.ConcurrentMessageLimit = 1;
    }
}
