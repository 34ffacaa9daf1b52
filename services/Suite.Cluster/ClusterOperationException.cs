namespace Suite.Cluster;

/// <summary>
/// A call to the cluster (or to a metrics source) failed after its retries. <see cref="Exception.Message"/>
/// is one line naming the operation, the object and what the server said.
/// </summary>
public sealed class ClusterOperationException : Exception
{
    public ClusterOperationException(string operation, string target, string detail, int? statusCode = null, string? reason = null, Exception? innerException = null)
        : base(OneLine($"{operation} {target} failed: {detail}"), innerException)
    {
        Operation = operation;
        Target = target;
        StatusCode = statusCode;
        Reason = reason;
    }

    /// <summary>What was attempted, e.g. <c>Kubernetes create deployment</c>.</summary>
    public string Operation { get; }

    /// <summary>The object it was attempted on, e.g. <c>shop/shop-1a2b3c4d5e</c>.</summary>
    public string Target { get; }

    /// <summary>The HTTP status of the last answer, or null when none came (connection refused, timeout).</summary>
    public int? StatusCode { get; }

    /// <summary>The Kubernetes Status reason (<c>NotFound</c>, <c>AlreadyExists</c>, …) when the server gave one.</summary>
    public string? Reason { get; }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
