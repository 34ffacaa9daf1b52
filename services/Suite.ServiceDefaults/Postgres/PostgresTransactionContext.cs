using Npgsql;

namespace Suite.ServiceDefaults.Postgres;

/// <summary>
/// The transaction a message is being consumed in, put on the consume context as a payload by the
/// PostgreSQL outbox. The saga repository, the event store and the outbox itself all write through
/// it, so a transition's state, history and outgoing messages commit together or not at all.
/// One command at a time runs on a connection: <see cref="Gate"/> keeps them in line.
/// </summary>
public sealed class PostgresTransactionContext
{
    public NpgsqlConnection? Connection { get; private set; }
    public NpgsqlTransaction? Transaction { get; private set; }
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public bool IsActive => Transaction is not null;

    public void Begin(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    public void End()
    {
        Connection = null;
        Transaction = null;
    }

    /// <summary>A command on the transaction; the caller holds <see cref="Gate"/> while it runs.</summary>
    public NpgsqlCommand Command(string sql) =>
        new(sql, Connection ?? throw new InvalidOperationException("no PostgreSQL transaction is active"), Transaction);
}
