using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Suite.Notification.Ledger;

/// <summary>
/// One delivery: a lifecycle event of a deployment to one channel. A redelivered event repeats all
/// four parts; a second pause of the same deployment happens at another time and is another delivery.
/// </summary>
public readonly record struct DeliveryKey(Guid DeploymentId, string EventKind, DateTimeOffset OccurredAt, string Channel)
{
    /// <summary>The channel name under which the bus publication of <see cref="DeploymentNotification"/> is recorded.</summary>
    public const string Bus = "bus";

    public static DeliveryKey Of(DeploymentNotification notification, string channel)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return new(notification.DeploymentId, notification.Kind, notification.OccurredAt, channel);
    }

    /// <summary>
    /// A stable id for this delivery (the same every time it is computed, in any process), which a
    /// receiver can use to recognise a delivery it has seen.
    /// </summary>
    public Guid DeliveryId
    {
        get
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"{DeploymentId:N}|{EventKind}|{OccurredAt.UtcTicks}|{Channel.ToUpperInvariant()}");
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
            return new Guid(hash.AsSpan(0, 16));
        }
    }

    /// <summary>Equal when the channel names differ only in case, as configuration keys do.</summary>
    public bool Equals(DeliveryKey other) =>
        DeploymentId == other.DeploymentId
        && string.Equals(EventKind, other.EventKind, StringComparison.Ordinal)
        && OccurredAt == other.OccurredAt
        && string.Equals(Channel, other.Channel, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() =>
        HashCode.Combine(DeploymentId, EventKind, OccurredAt, StringComparer.OrdinalIgnoreCase.GetHashCode(Channel));
}
