namespace Suite.Sagas.Persistence;

internal static class PostgresSagaQueries
{
    // Suite's sagas correlate by id; a query by anything else is rare, so it filters in memory.
    public static async Task<IReadOnlyList<TSaga>> Matching<TSaga>(PostgresSagaDatabase<TSaga> database, ISagaQuery<TSaga> query,
        CancellationToken cancellationToken)
        where TSaga : class, ISagaVersion
    {
        var predicate = query.GetFilter();
        return (await database.LoadAllAsync(cancellationToken).ConfigureAwait(false)).Where(predicate).ToList();
    }
}
