using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Suite.Api.Deployments;
using Suite.Cluster.Simulated;
using Suite.Host.Cli;
using Suite.Host.Embedded;
using Suite.Host.Remote;
using Suite.Host.Simulator;
using Suite.ServiceDefaults;

namespace Suite.Host.Serve;

/// <summary>
/// <c>suite serve</c>: every service and the HTTP API in one long-running process, over RabbitMQ
/// (so <c>suite deploy</c> and your own publishers reach it) or the in-memory bus.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var transport = new Option<string>("--transport") { Description = "RabbitMq or InMemory", DefaultValueFactory = _ => "RabbitMq" };
        transport.AcceptOnlyFromAmong("RabbitMq", "InMemory");
        var urls = new Option<string>("--urls") { Description = "Where the HTTP API, health and metrics listen", DefaultValueFactory = _ => "http://127.0.0.1:8080" };
        var seed = ClusterSeed.Option();
        var remote = new RemoteOptions();
        var command = new Command("serve", "Run every Suite service and the HTTP API in one process until Ctrl+C (simulated cluster unless configured otherwise)")
        {
            transport, urls, seed,
        };
        command.Add(remote.RabbitMq);
        command.SetAction(async (result, ct) =>
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = "suite" });
            builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = EmbeddedSuite.Defaults });
            var address = RabbitMqAddress.From(result.GetValue(remote.RabbitMq), builder.Configuration);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Suite:Bus:Transport"] = result.GetValue(transport),
                ["Suite:RabbitMq:Host"] = address.Host,
                ["Suite:RabbitMq:Port"] = address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Suite:RabbitMq:VirtualHost"] = address.VirtualHost,
                ["Suite:RabbitMq:Username"] = address.Username,
                ["Suite:RabbitMq:Password"] = address.Password,
                ["Suite:RabbitMq:UseTls"] = address.UseTls ? "true" : "false",
            });
            builder.WebHost.UseUrls(result.GetValue(urls)!);
            builder.AddEverySuiteService();
            var app = builder.Build();
            app.MapDefaultEndpoints();
            app.MapDeploymentEndpoints();
            ClusterSeed.Apply(app.Services.GetRequiredService<SimulatedCluster>(), result.GetValue(seed) ?? []);
            await app.StartAsync(ct);
            AnsiConsole.MarkupLine($"Suite is serving on [bold]{Markup.Escape(string.Join(", ", app.Urls))}[/] " +
                $"({result.GetValue(transport)}{(builder.Configuration.UsesRabbitMq() ? $" at {address}" : "")}); Ctrl+C stops it");
            await SimulateClusterCommand.WaitForCancellation(ct);
            await app.StopAsync(CancellationToken.None);
            return ExitCodes.Success;
        });
        return command;
    }
}
