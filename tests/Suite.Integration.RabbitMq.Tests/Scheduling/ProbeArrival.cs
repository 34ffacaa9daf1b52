namespace Suite.Integration.RabbitMq.Tests.Scheduling;

public sealed record ProbeArrival(SchedulerProbe Probe, Guid? SchedulingTokenId, DateTimeOffset ReceivedAt);
