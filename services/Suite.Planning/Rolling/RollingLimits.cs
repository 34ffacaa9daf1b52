namespace Suite.Planning.Rolling;

/// <summary>maxSurge and maxUnavailable as absolute pod counts for one desired replica count.</summary>
public readonly record struct RollingLimits(int MaxSurge, int MaxUnavailable)
{
    /// <summary>Kubernetes' default for both when a Deployment leaves them out.</summary>
    public static IntOrPercent Default { get; } = IntOrPercent.Percent(25);

    /// <summary>
    /// Resolves both against <paramref name="replicas"/> as the Kubernetes deployment controller
    /// does: a percentage of surge rounds up, of unavailability down, and when both come to zero
    /// one pod may be unavailable, since otherwise no pod could ever be replaced.
    /// </summary>
    public static RollingLimits Resolve(int replicas, IntOrPercent maxSurge, IntOrPercent maxUnavailable)
    {
        var surge = maxSurge.Resolve(replicas, roundUp: true);
        var unavailable = maxUnavailable.Resolve(replicas, roundUp: false);
        return surge == 0 && unavailable == 0 ? new RollingLimits(0, 1) : new RollingLimits(surge, unavailable);
    }
}
