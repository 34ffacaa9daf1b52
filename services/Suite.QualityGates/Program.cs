using Suite.ServiceDefaults;

namespace Suite.QualityGates;

public static class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddQualityGatesServices();
        builder.AddSuiteBus(bus => bus.AddQualityGatesConsumers());
        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.RunAsync();
    }
}
