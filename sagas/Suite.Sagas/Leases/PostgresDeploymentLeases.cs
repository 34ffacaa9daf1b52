using Npgsql;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Sagas.Leases;

/// <summary>
/// Leases shared by every orchestrator process. Taken inside the consume transaction when there is
/// one, so a request that is rolled back leaves no lease behind.
/// </summary>
public sealed class PostgresDeploymentLeases(SuitePostgres postgres, PostgresTransactionContext? ambient = null) : IDeploymentLeases
{
    private readonly string _table = postgres.Table("deployment_lease");

    public Task<Guid?> TryAcquireAsync(string @namespace, string application, Guid deploymentId, CancellationToken cancellationToken) =>
        Run(async command =>
        {
            command.CommandText = $"""
                INSERT INTO {_table} (namespace, application, deployment_id) VALUES (@namespace, @application, @id)
                ON CONFLICT (namespace, application) DO NOTHING;
                SELECT deployment_id FROM {_table} WHERE namespace = @namespace AND application = @application;
                """;
            command.Parameters.AddWithValue("namespace", @namespace);
            command.Parameters.AddWithValue("application", application);
            command.Parameters.AddWithValue("id", deploymentId);
            var holder = (Guid)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            return holder == deploymentId ? null : (Guid?)holder;
        }, cancellationToken);

    public Task ReleaseAsync(string @namespace, string application, Guid deploymentId, CancellationToken cancellationToken) =>
        Run(async command =>
        {
            command.CommandText = $"DELETE FROM {_table} WHERE namespace = @namespace AND application = @application AND deployment_id = @id";
            command.Parameters.AddWithValue("namespace", @namespace);
            command.Parameters.AddWithValue("application", application);
            command.Parameters.AddWithValue("id", deploymentId);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return (Guid?)null;
        }, cancellationToken);

    private Task<Guid?> Run(Func<NpgsqlCommand, Task<Guid?>> action, CancellationToken cancellationToken) =>
        PostgresTransactionContext.JoinOrOwnAsync(ambient, postgres.DataSource, action, cancellationToken);
}
