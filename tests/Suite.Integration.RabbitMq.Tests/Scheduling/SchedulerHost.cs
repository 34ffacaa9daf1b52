namespace Suite.Integration.RabbitMq.Tests.Scheduling;

/// <summary>A host running Suite's scheduler and a probe consumer on a queue of its own.</summary>
public static class SchedulerHost
{
    public static Task<TestServiceHost> Start(int rabbitMqPort, string probeQueue) =>
        TestServiceHost.Start(
            rabbitMqPort,
            bus =>
            {
                bus.AddSuiteScheduler();
                bus.AddConsumer<SchedulerProbeConsumer>().Endpoint(e =>
                {
                    e.Name = probeQueue;
                    e.ConcurrentMessageLimit = 1;
                    e.AddConfigureEndpointCallback(ThrowawayQueue.Configure);
                });
            },
            services => services.AddSingleton<ProbeArrivals>());
}
