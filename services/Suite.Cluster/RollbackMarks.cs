namespace Suite.Cluster;

/// <summary>
/// The fence a rollback leaves on the workload of each version it touches: the ids of the deployments rolled
/// back, newest first, in the annotation <see cref="Annotation"/> of the version's Kubernetes Deployment. A
/// step, drain or route of a listed deployment that was still in flight when the rollback ran, or that is
/// delivered again later, finds the mark and changes nothing (<see cref="IClusterGateway.ScaleVersionUnlessRolledBackAsync"/>).
/// </summary>
public static class RollbackMarks
{
    public const string Annotation = "suite.dev/rolled-back";

    /// <summary>
    /// Ids kept per workload. A late command belongs to one of the last few deployments of the application, since
    /// an application runs one deployment at a time; the bound keeps the annotation small.
    /// </summary>
    public const int Kept = 16;

    public static IReadOnlyList<Guid> Parse(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(id => Guid.TryParse(id, out var guid) ? guid : (Guid?)null)
                .OfType<Guid>()];

    /// <summary>The annotation's value with <paramref name="deploymentId"/> added in front; unchanged when it is there already.</summary>
    public static string With(string? value, Guid deploymentId)
    {
        var ids = Parse(value);
        return ids.Contains(deploymentId)
            ? value!
            : string.Join(',', new[] { deploymentId }.Concat(ids).Take(Kept).Select(id => id.ToString("D")));
    }
}
