namespace Suite.Notification.Ledger;

/// <summary>
/// How long a claim on a delivery holds unless its holder renews it. The holder renews it every
/// <see cref="RenewEvery"/> while the delivery runs, so a claim outlives its lease only when its
/// process died or hangs; then another instance takes the delivery over.
/// </summary>
public static class ClaimLease
{
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(1);

    public static TimeSpan RenewEvery => Duration / 3;
}
