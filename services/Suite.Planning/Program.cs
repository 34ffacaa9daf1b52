using Suite.ServiceDefaults;

namespace Suite.Planning;

public static class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddPlanningServices();
        builder.AddSuiteBus(bus => bus.AddPlanningConsumers());
        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.RunAsync();
    }
}
