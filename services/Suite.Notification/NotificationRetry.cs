namespace Suite.Notification;

/// <summary>
/// How the bus retries a lifecycle event whose handling threw: the ledger or the broker was briefly
/// unreachable, or another instance held a delivery too long. A channel's own failure never throws (it
/// has its own retries). The retries are in memory, with growing intervals: RabbitMQ here has no
/// delayed-exchange plugin for delayed redelivery, and scheduled redelivery would make notifications
/// depend on the Orchestrator's scheduler. An event still failing after them goes to the error queue.
/// </summary>
internal static class NotificationRetry
{
    public static void Configure(IRetryConfigurator retry) =>
        retry.Intervals(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60));
}
