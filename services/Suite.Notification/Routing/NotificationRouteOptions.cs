namespace Suite.Notification.Routing;

/// <summary>
/// One routing rule, bound from <c>Suite:Notification:Routes:&lt;n&gt;</c>: a notification matching every
/// non-empty list goes to <see cref="Channels"/>. Environments and applications take exact names or
/// globs (<c>*</c>, <c>?</c>); all comparisons ignore case; an empty list matches anything.
/// </summary>
public sealed class NotificationRouteOptions
{
    public List<string> Environments { get; set; } = [];
    public List<string> Applications { get; set; } = [];

    /// <summary><c>Info</c>, <c>Warning</c>, <c>Critical</c>.</summary>
    public List<string> Severities { get; set; } = [];

    /// <summary>Lifecycle event names, e.g. <c>DeploymentRolledBack</c>.</summary>
    public List<string> Kinds { get; set; } = [];

    /// <summary>Names of channels under <c>Suite:Notification:Channels</c>.</summary>
    public List<string> Channels { get; set; } = [];
}
