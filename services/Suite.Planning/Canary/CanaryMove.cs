namespace Suite.Planning.Canary;

/// <summary>One checked canary step: a weight to set, a pause (for a duration, or until promoted when null), or an analysis.</summary>
internal sealed record CanaryMove(int? Weight = null, bool Pause = false, TimeSpan? PauseDuration = null, bool Analysis = false);
