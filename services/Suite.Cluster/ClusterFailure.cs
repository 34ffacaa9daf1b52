using Polly;
using Suite.Cluster.Routing;

namespace Suite.Cluster;

/// <summary>
/// Tells failures of the cluster port, which come after the gateway's own retries and are answered
/// with a reply, from bugs, which belong in the error queue.
/// </summary>
public static class ClusterFailure
{
    public static bool IsExpected(Exception exception, CancellationToken cancellationToken) =>
        exception is ClusterOperationException or HttpRequestException or ExecutionRejectedException or TrafficRoutingUnavailableException
        || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    /// <summary>The first line of the failure's message, fit for a reply's reason.</summary>
    public static string Describe(Exception exception)
    {
        var message = exception.Message.Trim();
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
