namespace Suite.Integration.RabbitMq.Tests.Api;

/// <summary>Starts the API host before each test and stops it after.</summary>
public abstract class ApiScenario(RabbitMqFixture broker) : IAsyncLifetime
{
    protected static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private TestServiceHost? _host;

    protected HttpClient Http { get; } = new();

    protected MessageLog Log => _host!.Services.GetRequiredService<MessageLog>();

    public async Task InitializeAsync()
    {
        _host = await ApiHost.Start(broker.Port);
        Http.BaseAddress = _host.Address;
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
