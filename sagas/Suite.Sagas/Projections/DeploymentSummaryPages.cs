namespace Suite.Sagas.Projections;

internal static class DeploymentSummaryPages
{
    /// <summary>A page from up to limit + 1 rows: the extra row only says that there is a next page.</summary>
    public static DeploymentList Of(IReadOnlyList<DeploymentSummary> rows, int limit)
    {
        var items = rows.Take(limit).ToList();
        return new DeploymentList
        {
            Items = items,
            ContinuationToken = rows.Count > limit ? DeploymentSummaryQuery.TokenFor(items[^1]) : null,
        };
    }
}
