namespace Suite.Notification.Ledger;

/// <summary>
/// Another claim held a delivery for longer than any delivery takes: the event is handed back to the
/// bus's retry, which will find the delivery ended or its claim run out.
/// </summary>
public sealed class DeliveryStillClaimedException : Exception
{
    public DeliveryStillClaimedException()
    {
    }

    public DeliveryStillClaimedException(string message)
        : base(message)
    {
    }

    public DeliveryStillClaimedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static DeliveryStillClaimedException For(DeliveryKey key) =>
        new($"deployment {key.DeploymentId} {key.EventKind} to channel {key.Channel} is still being delivered elsewhere");
}
