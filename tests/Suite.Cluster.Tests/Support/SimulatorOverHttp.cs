namespace Suite.Cluster.Tests;

/// <summary>A simulated cluster on a manual clock behind its HTTP server on loopback, and a client for it.</summary>
public abstract class SimulatorOverHttp : IAsyncLifetime
{
    private SimulatedClusterServer? _server;
    private HttpClient? _http;

    protected SimulatorOverHttp() => Cluster = new SimulatedCluster(Clock);

    protected ManualTimeProvider Clock { get; } = new();

    protected SimulatedCluster Cluster { get; }

    protected HttpClient Http => _http ?? throw new InvalidOperationException("the server has not started");

    public async Task InitializeAsync()
    {
        _server = await SimulatedClusterServer.StartAsync(Cluster);
        _http = new HttpClient { BaseAddress = _server.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
