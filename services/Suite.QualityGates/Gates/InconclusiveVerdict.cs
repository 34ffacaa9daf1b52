namespace Suite.QualityGates.Gates;

/// <summary>What a gate decides about a new version it could not judge (too few requests even after sampling longer).</summary>
public enum InconclusiveVerdict
{
    /// <summary>Fail closed: the deployment rolls back rather than promote a version nobody has seen work.</summary>
    Fail,

    /// <summary>Pass unjudged, as Suite did before: for applications whose traffic is too thin to judge and whose owners accept that.</summary>
    Pass,
}
