using Microsoft.Extensions.DependencyInjection.Extensions;
using Suite.ServiceDefaults.Postgres;
using Suite.ComplianceWindows.Profiles;
using Suite.ComplianceWindows.Signals;

namespace Suite.ComplianceWindows;

public static class ComplianceWindowsServiceExtensions
{
    public static IHostApplicationBuilder AddComplianceWindowsServices(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ComplianceOptions>().BindConfiguration(ComplianceOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<ComplianceOptions>, ComplianceOptionsValidator>());
        builder.Services.TryAddSingleton<ProfileCatalogSource>();
        if (builder.Configuration.UsesPostgres())
        {
            builder.Services.AddPostgresMigrations<SignalMigrations>();
            builder.Services.TryAddSingleton<ISignalStore, PostgresSignalStore>();
        }
        else
        {
            builder.Services.TryAddSingleton<ISignalStore, InMemorySignalStore>();
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }

    public static IBusRegistrationConfigurator AddComplianceWindowsConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<CheckComplianceWindowConsumer>().Endpoint(e => e.Name = ServiceQueues.ComplianceWindows);
        bus.AddConsumer<ConditionReportedConsumer>().Endpoint(e => e.Name = ServiceQueues.ComplianceWindows);
        return bus;
    }
}
