using Microsoft.Extensions.Options;
using Npgsql;

namespace Suite.ServiceDefaults.Postgres;

/// <summary>
/// Applies the migrations before anything else starts (it is registered ahead of the bus). A
/// database that is not up yet is waited for, up to <see cref="PostgresStartup.Timeout"/>; then
/// the process stops with one line that names the host, never the password.
/// </summary>
internal sealed class PostgresSchemaInitializer(
    SuitePostgres postgres,
    IEnumerable<IPostgresMigrationSource> sources,
    IOptions<PostgresOptions> options,
    TimeProvider time,
    ILogger<PostgresSchemaInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + PostgresStartup.Timeout;
        var migrations = sources.SelectMany(s => s.Migrations).ToList();
        while (true)
        {
            try
            {
                var applied = await PostgresMigrator.MigrateAsync(postgres.DataSource, postgres.Schema, migrations, cancellationToken)
                    .ConfigureAwait(false);
                foreach (var m in applied)
                {
                    logger.LogInformation("Applied PostgreSQL migration {Module} v{Version} ({Name})", m.Module, m.Version, m.Name);
                }

                return;
            }
            catch (Exception exception) when (exception is NpgsqlException { IsTransient: true } or System.Net.Sockets.SocketException
                && time.GetUtcNow() < deadline)
            {
                logger.LogWarning("PostgreSQL at {Server} is not reachable yet ({Reason}); trying again", PostgresStartup.Describe(options.Value),
                    exception.Message);
                await Task.Delay(PostgresStartup.RetryInterval, time, cancellationToken).ConfigureAwait(false);
            }
            catch (NpgsqlException exception)
            {
                throw new InvalidOperationException($"PostgreSQL at {PostgresStartup.Describe(options.Value)}: {exception.Message}", exception);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
