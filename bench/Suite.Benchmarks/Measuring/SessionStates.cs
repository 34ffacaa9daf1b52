namespace Suite.Benchmarks.Measuring;

/// <summary>
/// What the database sessions were doing while a benchmark ran, summed over samples (<see cref="Mean"/>
/// averages them): running a statement, waiting for a lock of the history's tables (the global position
/// counter's row before positions came from a sequence; a stream's head row since), waiting for another
/// lock, or idle inside a transaction while the client takes its turn. <see cref="Contended"/> counts
/// samples in which someone waited for a history lock, and <see cref="HolderIdle"/> those in which the
/// session holding it was idle in its transaction, i.e. the lock was held across a client round trip.
/// </summary>
public sealed record SessionStates(
    int Samples, double Running, double WaitingForHistory, double WaitingForOtherLock, double IdleInTransaction, double Contended, double HolderIdle)
{
    public static SessionStates None { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public SessionStates Add(SessionStates other) => new(Samples + other.Samples, Running + other.Running,
        WaitingForHistory + other.WaitingForHistory, WaitingForOtherLock + other.WaitingForOtherLock,
        IdleInTransaction + other.IdleInTransaction, Contended + other.Contended, HolderIdle + other.HolderIdle);

    public SessionStates Mean() => Samples == 0
        ? this
        : new(Samples, Running / Samples, WaitingForHistory / Samples, WaitingForOtherLock / Samples, IdleInTransaction / Samples,
            Contended / Samples, HolderIdle / Samples);

    /// <summary>One line for the table, from the means.</summary>
    public string Describe()
    {
        var mean = Mean();
        return $"sessions on average: {One(mean.WaitingForHistory)} waiting for a history lock, {One(mean.WaitingForOtherLock)} for another lock, " +
            $"{One(mean.Running)} running, {One(mean.IdleInTransaction)} idle in transaction; history locks contended in {One(mean.Contended * 100)}% " +
            $"of {Samples.ToString("N0", CultureInfo.InvariantCulture)} samples, its holder idle in transaction (the client's turn) in {One(mean.Contended == 0 ? 0 : mean.HolderIdle / mean.Contended * 100)}% of those";
    }

    private static string One(double value) => value.ToString(value >= 100 ? "N0" : "0.0", CultureInfo.InvariantCulture);
}
