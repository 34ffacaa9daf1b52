using Suite.ServiceDefaults;

namespace Suite.Rollout;

public static class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddRolloutServices();
        builder.AddSuiteBus(bus => bus.AddRolloutConsumers());
        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.RunAsync();
    }
}
