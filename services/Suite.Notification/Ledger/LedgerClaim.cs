namespace Suite.Notification.Ledger;

/// <summary>The answer to a claim: its status and, when <see cref="ClaimStatus.Claimed"/>, the id that renews, completes or abandons it.</summary>
public readonly record struct LedgerClaim(ClaimStatus Status, Guid Id)
{
    public static LedgerClaim Ended { get; } = new(ClaimStatus.Ended, Guid.Empty);

    public static LedgerClaim Held { get; } = new(ClaimStatus.Held, Guid.Empty);
}
