namespace Suite.Integration.RabbitMq.Tests.Infrastructure;

/// <summary>One broker for the whole test run.</summary>
public sealed class RabbitMqFixture : IAsyncLifetime
{
    private RabbitMqBroker? _broker;

    public int Port => _broker?.Port ?? throw new InvalidOperationException("The broker has not started.");

    public async Task InitializeAsync() => _broker = await RabbitMqBroker.Acquire();

    public async Task DisposeAsync()
    {
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }
    }
}
