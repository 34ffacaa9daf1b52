using Suite.ServiceDefaults;

namespace Suite.TrafficAnalysis;

public static class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddTrafficAnalysisServices();
        builder.AddSuiteBus(bus => bus.AddTrafficAnalysisConsumers());
        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.RunAsync();
    }
}
