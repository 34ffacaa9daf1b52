namespace Suite.Notification.Composing;

/// <summary>
/// Completes a notification with what its own event does not carry: the strategy and image named when
/// the deployment started (remembered in memory, best effort, the oldest forgotten first) and the link
/// to the deployment from <c>Suite:Notification:DeploymentLinkTemplate</c>.
/// </summary>
public sealed class DeploymentFacts(IOptions<NotificationOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, (string? Strategy, string? Image)> _started = [];
    private readonly Queue<Guid> _order = new();
    private readonly int _capacity = Math.Max(1, options.Value.DeduplicationCapacity);
    private readonly string? _linkTemplate = string.IsNullOrWhiteSpace(options.Value.DeploymentLinkTemplate) ? null : options.Value.DeploymentLinkTemplate.Trim();

    public DeploymentNotification Complete(DeploymentNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var id = notification.DeploymentId;
        (string? Strategy, string? Image) started;
        lock (_gate)
        {
            if (notification.Kind == nameof(DeploymentAccepted) && _started.TryAdd(id, (notification.Strategy, notification.Image)))
            {
                _order.Enqueue(id);
                while (_order.Count > _capacity)
                {
                    _started.Remove(_order.Dequeue());
                }
            }

            started = _started.GetValueOrDefault(id);
        }

        var image = notification.Image ?? started.Image;
        return notification with
        {
            Strategy = notification.Strategy ?? started.Strategy,
            Image = image,
            Version = notification.Version ?? (image is null ? null : Wording.Version(image)),
            Link = notification.Link ?? _linkTemplate?.Replace("{id}", id.ToString(), StringComparison.OrdinalIgnoreCase),
        };
    }
}
