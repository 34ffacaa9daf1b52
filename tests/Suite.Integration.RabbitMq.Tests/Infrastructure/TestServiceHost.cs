using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Suite.Integration.RabbitMq.Tests.Infrastructure;

/// <summary>A Suite service host in this process, on the test broker and a free loopback port.</summary>
public sealed class TestServiceHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestServiceHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<TestServiceHost> Start(
        int rabbitMqPort,
        Action<IBusRegistrationConfigurator> configureBus,
        Action<IServiceCollection>? configureServices = null,
        Action<WebApplicationBuilder>? configureBuilder = null,
        Action<WebApplication>? configureApp = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Suite:Bus:Transport"] = "RabbitMq",
            ["Suite:RabbitMq:Port"] = rabbitMqPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults();
        configureBuilder?.Invoke(builder);
        configureServices?.Invoke(builder.Services);
        builder.AddSuiteBus(configureBus);

        // A test publishes right after start: its own queues must be bound by then, or what it
        // publishes first is routed nowhere.
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(60);
        });

        var app = builder.Build();
        app.MapDefaultEndpoints();
        configureApp?.Invoke(app);
        await app.StartAsync();

        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new TestServiceHost(app, new Uri(addresses.Addresses.First()));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
