using Suite.ServiceDefaults;

namespace Suite.Orchestrator;

public static class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddOrchestratorServices();
        builder.AddSuiteBus(bus => bus.AddOrchestratorConsumers(builder.Configuration));
        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.RunAsync();
    }
}
