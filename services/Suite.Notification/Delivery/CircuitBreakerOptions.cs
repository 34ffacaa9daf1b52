namespace Suite.Notification.Delivery;

/// <summary>
/// When a channel's endpoint is left alone for a while (<c>Suite:Notification:Delivery:CircuitBreaker</c>):
/// once at least <see cref="MinimumThroughput"/> calls within <see cref="SamplingDuration"/> failed at
/// <see cref="FailureRatio"/> or more, calls fail at once for <see cref="BreakDuration"/>.
/// </summary>
public sealed class CircuitBreakerOptions
{
    public double FailureRatio { get; set; } = 0.5;
    public int MinimumThroughput { get; set; } = 6;
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
