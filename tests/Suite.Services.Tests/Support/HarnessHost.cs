using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Suite.Services.Tests.Support;

/// <summary>A service composed as its host composes it, on the MassTransit test harness; disposing it stops the harness.</summary>
public abstract class HarnessHost : IAsyncDisposable
{
    private readonly IHost _host;

    protected HarnessHost(IHost host)
    {
        _host = host;
        Harness = host.Services.GetRequiredService<ITestHarness>();
    }

    public ITestHarness Harness { get; }

    /// <summary>
    /// Builds a host from <paramref name="addServices"/> (which registers the test's doubles before
    /// the service's own, so that its TryAdd keeps them) and the service's consumers on the harness.
    /// </summary>
    protected static IHost Compose(Action<IHostApplicationBuilder> addServices, Action<IBusRegistrationConfigurator> addConsumers)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        addServices(builder);
        builder.Services.AddMassTransitTestHarness(addConsumers);
        return builder.Build();
    }

    protected static async Task<T> StartAsync<T>(T host)
        where T : HarnessHost
    {
        await host.Harness.Start();
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        _host.Dispose();
        GC.SuppressFinalize(this);
    }
}
