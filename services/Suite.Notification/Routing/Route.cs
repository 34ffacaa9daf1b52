namespace Suite.Notification.Routing;

/// <summary>A <see cref="NotificationRouteOptions"/> ready to match: an empty list matches anything.</summary>
internal sealed class Route(NotificationRouteOptions options)
{
    private readonly Glob[] _environments = [.. options.Environments.Select(p => new Glob(p))];
    private readonly Glob[] _applications = [.. options.Applications.Select(p => new Glob(p))];
    private readonly HashSet<string> _severities = new(options.Severities.Select(s => s.Trim()), StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _kinds = new(options.Kinds.Select(k => k.Trim()), StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Channels { get; } = [.. options.Channels.Select(c => c.Trim())];

    public bool Matches(DeploymentNotification n) =>
        (_environments.Length == 0 || _environments.Any(g => g.Matches(n.Environment)))
        && (_applications.Length == 0 || _applications.Any(g => g.Matches(n.Application)))
        && (_severities.Count == 0 || _severities.Contains(n.Severity))
        && (_kinds.Count == 0 || _kinds.Contains(n.Kind));
}
