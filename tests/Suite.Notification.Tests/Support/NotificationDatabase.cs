using Suite.ServiceDefaults.Postgres;
using Suite.Testing;

namespace Suite.Notification.Tests.Support;

/// <summary>A throwaway schema with the Notification service's tables when asked (a host may migrate it itself).</summary>
internal static class NotificationDatabase
{
    public static Task<TestDatabase> CreateAsync(bool migrate = true) =>
        migrate ? TestDatabase.CreateAsync([.. NotificationMigrations()]) : TestDatabase.CreateAsync();

    private static IEnumerable<IPostgresMigrationSource> NotificationMigrations()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new Microsoft.Extensions.Hosting.HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration[$"{PostgresOptions.Section}:ConnectionString"] = "Host=unused";
        builder.AddNotificationServices();
        return builder.Services.Where(d => d.ServiceType == typeof(IPostgresMigrationSource))
            .Select(d => (IPostgresMigrationSource)Activator.CreateInstance(d.ImplementationType!)!);
    }
}
