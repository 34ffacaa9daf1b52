namespace Suite.Integration.RabbitMq.Tests.Scheduling;

public sealed class SchedulerProbeConsumer(ProbeArrivals arrivals, TimeProvider time) : IConsumer<SchedulerProbe>
{
    public Task Consume(ConsumeContext<SchedulerProbe> context)
    {
        arrivals.Record(new ProbeArrival(context.Message, context.GetSchedulingTokenId(), time.GetUtcNow()));
        return Task.CompletedTask;
    }
}
