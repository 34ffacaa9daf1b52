using System.Globalization;

namespace Suite.Sagas.Projections;

/// <summary>A validated <see cref="ListDeployments"/>: newest first, after the page token's (StartedAt, DeploymentId) when given.</summary>
public sealed record DeploymentSummaryQuery(
    string? Application, string? Environment, string? State, DateTimeOffset? StartedAfter, DateTimeOffset? StartedBefore, int Limit,
    (DateTimeOffset StartedAt, Guid DeploymentId)? After)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 200;
    public const string Running = "running";
    public const string Ended = "ended";

    /// <summary>The query, or every reason the request cannot be one.</summary>
    public static (DeploymentSummaryQuery? Query, IReadOnlyList<string> Errors) From(ListDeployments request)
    {
        var errors = new List<string>();
        var limit = request.Limit ?? DefaultLimit;
        if (limit is < 1 or > MaxLimit)
        {
            errors.Add($"Limit must be between 1 and {MaxLimit}, got {limit}");
        }

        if (request.StartedAfter is { } from && request.StartedBefore is { } to && from >= to)
        {
            errors.Add($"StartedAfter ({from:O}) must be before StartedBefore ({to:O})");
        }

        (DateTimeOffset, Guid)? after = null;
        if (request.ContinuationToken is { } token)
        {
            after = ParseToken(token);
            if (after is null)
            {
                errors.Add($"ContinuationToken '{token}' is not one this service gave out");
            }
        }

        return errors.Count > 0
            ? (null, errors)
            : (new DeploymentSummaryQuery(Blank(request.Application), Blank(request.Environment), Blank(request.State), request.StartedAfter,
                request.StartedBefore, limit, after), errors);
    }

    public static string TokenFor(DeploymentSummary last) =>
        $"{last.StartedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}_{last.DeploymentId:N}";

    public bool Matches(DeploymentSummary s) =>
        (Application is null || string.Equals(s.Application, Application, StringComparison.OrdinalIgnoreCase))
        && (Environment is null || string.Equals(s.Environment, Environment, StringComparison.OrdinalIgnoreCase))
        && (State is null
            || (string.Equals(State, Running, StringComparison.OrdinalIgnoreCase) && !s.IsTerminal)
            || (string.Equals(State, Ended, StringComparison.OrdinalIgnoreCase) && s.IsTerminal)
            || string.Equals(s.State, State, StringComparison.OrdinalIgnoreCase))
        && (StartedAfter is null || s.StartedAt >= StartedAfter)
        && (StartedBefore is null || s.StartedAt < StartedBefore)
        && (After is null || s.StartedAt < After.Value.StartedAt || (s.StartedAt == After.Value.StartedAt && CompareIds(s.DeploymentId, After.Value.DeploymentId) < 0));

    /// <summary>Ids in PostgreSQL's uuid order (their bytes as written), so both stores page alike.</summary>
    public static int CompareIds(Guid a, Guid b) => string.CompareOrdinal(a.ToString("N"), b.ToString("N"));

    private static (DateTimeOffset, Guid)? ParseToken(string token)
    {
        var parts = token.Split('_');
        return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks is >= 0 and <= 3155378975999999999 && Guid.TryParseExact(parts[1], "N", out var id)
            ? (new DateTimeOffset(ticks, TimeSpan.Zero), id)
            : null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
