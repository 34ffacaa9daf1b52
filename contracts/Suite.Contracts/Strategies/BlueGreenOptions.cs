namespace Suite.Contracts;

/// <summary>How a blue-green deployment promotes and retires the old (blue) version.</summary>
public sealed record BlueGreenOptions
{
    /// <summary>False: once green is ready and its smoke test passed, wait (Paused) until <see cref="PromoteDeployment"/>.</summary>
    public bool AutoPromote { get; init; } = true;

    /// <summary>How long traffic on green is watched before the post-promotion gate ("60s" when absent).</summary>
    public string? PostPromotionWindow { get; init; }

    /// <summary>How long blue stays up after the post-promotion gate passed before it is scaled down ("30s" when absent).</summary>
    public string? ScaleDownDelay { get; init; }
}
