using Suite.Api.Deployments;
using Suite.ServiceDefaults;

namespace Suite.Api;

public static class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddApiServices();
        builder.AddSuiteBus(bus => bus.AddApiConsumers());
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapDeploymentEndpoints();
        await app.RunAsync();
    }
}
