namespace Suite.Cluster.Kubernetes.Model;

/// <summary>The object the API server answers errors with (kind <c>Status</c>, status <c>Failure</c>).</summary>
internal sealed class V1Status
{
    public string? ApiVersion { get; set; }
    public string? Kind { get; set; }
    public V1ListMeta? Metadata { get; set; }
    public string? Status { get; set; }
    public string? Message { get; set; }

    /// <summary><c>NotFound</c>, <c>AlreadyExists</c>, <c>BadRequest</c>, <c>Invalid</c>, …</summary>
    public string? Reason { get; set; }

    public V1StatusDetails? Details { get; set; }
    public int? Code { get; set; }
}
