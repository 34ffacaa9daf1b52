using Npgsql;

namespace Suite.ServiceDefaults.Postgres;

/// <summary>
/// The unit of work a message is consumed in (scoped: one per message). The PostgreSQL outbox
/// opens it and puts it on the consume context as a payload; the saga repository, the event
/// store, the leases, the scheduler store and the outbox itself all write through it, so a
/// transition's state, history and outgoing messages commit together or not at all.
/// The database transaction begins at the first command that needs it, not when the unit of work
/// opens: a consumer that works for minutes before it writes anything (a rollout step waiting for
/// pods) holds no transaction and no connection meanwhile.
/// One command at a time runs on a connection: every use goes through <see cref="RunAsync{T}"/>,
/// which keeps them in line.
/// </summary>
public sealed class PostgresTransactionContext : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private NpgsqlDataSource? _source;
    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;

    /// <summary>A unit of work is open: stores join it instead of running their own transactions.</summary>
    public bool IsActive => _source is not null;

    /// <summary>Opens a unit of work on <paramref name="source"/>; nothing touches the database until the first command.</summary>
    public void Open(NpgsqlDataSource source)
    {
        if (IsActive)
        {
            throw new InvalidOperationException("a PostgreSQL unit of work is already open in this scope");
        }

        _source = source;
    }

    /// <summary>
    /// Runs <paramref name="action"/> on the unit of work's connection and transaction, beginning
    /// them if this is the first command, while no other command of this unit runs.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> action, CancellationToken cancellationToken)
    {
        var source = _source ?? throw new InvalidOperationException("no PostgreSQL unit of work is open");
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_transaction is null)
            {
                _connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                _transaction = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            }

            return await action(_connection!, _transaction).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs <paramref name="action"/> with a command bound to the unit's transaction (see <see cref="RunAsync{T}"/>).</summary>
    public Task<T> CommandAsync<T>(Func<NpgsqlCommand, Task<T>> action, CancellationToken cancellationToken) =>
        RunAsync(async (connection, transaction) =>
        {
            await using var command = new NpgsqlCommand("", connection, transaction);
            return await action(command).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="action"/> in <paramref name="ambient"/>'s unit of work when one is open (so it commits or
    /// rolls back with the consume), else on a command of its own on <paramref name="source"/>.
    /// </summary>
    public static async Task<T> JoinOrOwnAsync<T>(PostgresTransactionContext? ambient, NpgsqlDataSource source,
        Func<NpgsqlCommand, Task<T>> action, CancellationToken cancellationToken)
    {
        if (ambient is { IsActive: true })
        {
            return await ambient.CommandAsync(action, cancellationToken).ConfigureAwait(false);
        }

        await using var own = source.CreateCommand();
        return await action(own).ConfigureAwait(false);
    }

    /// <summary>Commits what the unit of work wrote (nothing to do when it never began a transaction).</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Ends the unit of work: what was not committed is rolled back and the connection goes back to the pool.</summary>
    public async Task CloseAsync()
    {
        var transaction = _transaction;
        var connection = _connection;
        _transaction = null;
        _connection = null;
        _source = null;
        if (transaction is not null)
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
        }

        if (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync().ConfigureAwait(false);
        _gate.Dispose();
    }

    // Some scopes are disposed synchronously; by then the unit of work has normally been closed already.
    public void Dispose()
    {
        _transaction?.Dispose();
        _connection?.Dispose();
        _transaction = null;
        _connection = null;
        _source = null;
        _gate.Dispose();
    }
}
