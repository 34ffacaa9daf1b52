namespace Suite.Notification.Ledger;

/// <summary>What <see cref="INotificationLedger.TryClaimAsync"/> found.</summary>
public enum ClaimStatus
{
    /// <summary>The caller holds the delivery now and must end it (complete or abandon).</summary>
    Claimed,

    /// <summary>The delivery ended earlier with an outcome: it is not made again.</summary>
    Ended,

    /// <summary>Another claim holds it and its lease has not run out: it is being made right now.</summary>
    Held,
}
