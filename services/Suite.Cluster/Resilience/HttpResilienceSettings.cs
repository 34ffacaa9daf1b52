namespace Suite.Cluster.Resilience;

/// <summary>How an outbound HTTP call is retried and how long one attempt may take.</summary>
internal sealed record HttpResilienceSettings(int MaxRetryAttempts, TimeSpan RetryBaseDelay, TimeSpan RequestTimeout);
