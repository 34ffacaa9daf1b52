namespace Suite.Notification.Composing;

/// <summary>
/// Completes a notification with what no event carries: the link to the deployment from
/// <c>Suite:Notification:DeploymentLinkTemplate</c>. Everything else comes from the event itself, so the
/// same event reads the same on every instance, whichever instance saw the deployment start.
/// </summary>
public sealed class DeploymentFacts(IOptions<NotificationOptions> options)
{
    private readonly string? _linkTemplate = string.IsNullOrWhiteSpace(options.Value.DeploymentLinkTemplate) ? null : options.Value.DeploymentLinkTemplate.Trim();

    public DeploymentNotification Complete(DeploymentNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return notification with
        {
            Link = notification.Link ?? _linkTemplate?.Replace("{id}", notification.DeploymentId.ToString(), StringComparison.OrdinalIgnoreCase),
        };
    }
}
