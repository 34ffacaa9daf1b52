namespace Suite.Cluster.Simulated;

/// <summary>A pod the simulated cluster took out of rotation, and when.</summary>
public sealed record PodRemoval(string Name, string Image, DateTimeOffset At);
