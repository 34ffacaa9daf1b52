namespace Suite.Notification.Delivery;

/// <summary>
/// How every channel's HTTP calls are retried, bounded and cut off, bound from
/// <c>Suite:Notification:Delivery</c>. Each channel has its own circuit breaker. Every wait and timeout is
/// at most 10 minutes (<see cref="NotificationOptionsValidator.LongestWait"/>): a delivery holds its
/// event's slot on the queue while it runs.
/// </summary>
public sealed class DeliveryOptions
{
    /// <summary>Retries after the first attempt, on 408, 429, 5xx, network errors and timeouts; 0 turns retrying off.</summary>
    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>The first retry's delay; each next one doubles, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest a <c>Retry-After</c> header is believed.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long one HTTP attempt may take, unless the channel sets its own <c>Timeout</c>.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one delivery may take with all its retries before it is recorded as failed.</summary>
    public TimeSpan MaxDeliveryTime { get; set; } = TimeSpan.FromMinutes(2);

    public CircuitBreakerOptions CircuitBreaker { get; set; } = new();
}
