using Suite.ServiceDefaults;

namespace Suite.Notification;

public static class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddNotificationServices();
        builder.AddSuiteBus(bus => bus.AddNotificationConsumers());
        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.RunAsync();
    }
}
