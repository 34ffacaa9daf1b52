using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Suite.ServiceDefaults.Postgres;

public static class PostgresRegistration
{
    /// <summary>The <c>Suite:Postgres</c> settings as configured (not validated).</summary>
    public static PostgresOptions GetPostgresOptions(this IConfiguration configuration) =>
        configuration.GetSection(PostgresOptions.Section).Get<PostgresOptions>() ?? new PostgresOptions();

    /// <summary>True when this process keeps its state in PostgreSQL.</summary>
    public static bool UsesPostgres(this IConfiguration configuration) => configuration.GetPostgresOptions().IsConfigured;

    /// <summary>
    /// When a connection string is configured: the data source, a readiness check, and the schema
    /// migrations of every module that registered an <see cref="IPostgresMigrationSource"/>, applied at start-up.
    /// </summary>
    public static IServiceCollection AddSuitePostgres(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PostgresOptions>().BindConfiguration(PostgresOptions.Section)
            .Validate(o => !o.IsConfigured || PostgresOptions.IsValidSchema(o.Schema),
                $"{PostgresOptions.Section}:Schema must be a lowercase identifier (letters, digits, '_')")
            .ValidateOnStart();
        if (!configuration.UsesPostgres() || services.Any(d => d.ServiceType == typeof(SuitePostgres)))
        {
            return services;
        }

        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<PostgresOptions>>().Value;
            var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
            builder.ConnectionStringBuilder.ApplicationName ??= AppDomain.CurrentDomain.FriendlyName;
            return new SuitePostgres(builder.Build(), options.Schema);
        });
        services.AddSingleton<IHostedService, PostgresSchemaInitializer>();
        services.AddPostgresMigrations<SchedulerMigrations>();
        services.TryAddScoped<PostgresTransactionContext>();
        services.TryAddScoped<IScheduledMessageStore>(p => new PostgresScheduledMessageStore(p.GetRequiredService<SuitePostgres>(),
            p.GetRequiredService<TimeProvider>(), p.GetRequiredService<PostgresTransactionContext>()));
        services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres", tags: [HealthTags.Ready]);
        return services;
    }

    /// <summary>Adds a module's migrations; they run at start-up in every process that has them.</summary>
    public static IServiceCollection AddPostgresMigrations<TSource>(this IServiceCollection services)
        where TSource : class, IPostgresMigrationSource
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostgresMigrationSource, TSource>());
        return services;
    }
}
