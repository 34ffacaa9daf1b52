namespace Suite.Cluster.Waiting;

/// <summary>The one-line reason a version did not become ready in time.</summary>
public static class ReadinessText
{
    public static string NotReady(string image, int wanted, VersionStatus? version, TimeSpan waited)
    {
        var ready = version?.Ready ?? 0;
        var starting = version?.Starting ?? 0;
        var terminating = version?.Terminating ?? 0;
        var tail = terminating > 0 ? $", {terminating} terminating" : "";
        return $"{ready} of {wanted} pods of {image} ready after {DurationText.Format(waited)}; {starting} still starting{tail}";
    }
}
