namespace Suite.Benchmarks.Saga;

/// <summary>How one deployment ended: its final state, how many transitions its history holds, and when the last was recorded.</summary>
public sealed record DeploymentOutcome(Guid DeploymentId, string State, int Transitions, DateTimeOffset LastRecordedAt);
