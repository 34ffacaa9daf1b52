namespace Suite.Integration.RabbitMq.Tests.Scheduling;

/// <summary>A message the scheduler tests schedule and watch arrive.</summary>
public sealed record SchedulerProbe
{
    public Guid ProbeId { get; init; }
    public string Label { get; init; } = "";
}
