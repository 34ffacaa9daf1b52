using Suite.ServiceDefaults;

namespace Suite.Draining;

public static class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddDrainingServices();
        builder.AddSuiteBus(bus => bus.AddDrainingConsumers());
        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.RunAsync();
    }
}
