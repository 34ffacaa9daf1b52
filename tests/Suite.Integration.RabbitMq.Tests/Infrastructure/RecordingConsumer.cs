namespace Suite.Integration.RabbitMq.Tests.Infrastructure;

/// <summary>Records every <typeparamref name="T"/> published on the test broker.</summary>
public sealed class RecordingConsumer<T>(MessageLog log) : IConsumer<T>
    where T : class
{
    public Task Consume(ConsumeContext<T> context)
    {
        log.Record(context.Message);
        return Task.CompletedTask;
    }
}
