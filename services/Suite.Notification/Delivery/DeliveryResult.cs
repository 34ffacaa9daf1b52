using Suite.Notification.Ledger;

namespace Suite.Notification.Delivery;

/// <summary>What became of one notification on one channel; <see cref="Reason"/> is already redacted.</summary>
public sealed record DeliveryResult(DeliveryOutcome Outcome, int Attempts, string? Reason = null)
{
    public static DeliveryResult Delivered(int attempts) => new(DeliveryOutcome.Delivered, attempts);

    public static DeliveryResult Skipped(string reason) => new(DeliveryOutcome.Skipped, 0, reason);

    public static DeliveryResult Failed(int attempts, string reason) => new(DeliveryOutcome.Failed, attempts, reason);
}
