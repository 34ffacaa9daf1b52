using Suite.ServiceDefaults;

namespace Suite.ComplianceWindows;

public static class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddComplianceWindowsServices();
        builder.AddSuiteBus(bus => bus.AddComplianceWindowsConsumers());
        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.RunAsync();
    }
}
