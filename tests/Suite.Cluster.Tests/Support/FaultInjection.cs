using System.Text;

namespace Suite.Cluster.Tests;

/// <summary>
/// Stands between the gateway and the API server: answers the first <see cref="FailFirst"/> requests
/// itself with <see cref="Status"/> and a Kubernetes Status body, and records what the client sent.
/// </summary>
internal sealed class FaultInjection
{
    private int _requests;

    public int FailFirst { get; init; }
    public HttpStatusCode Status { get; init; } = HttpStatusCode.ServiceUnavailable;
    public string Message { get; init; } = "the server is currently unable to handle the request";
    public int Requests => Volatile.Read(ref _requests);
    public List<string?> Authorizations { get; } = [];

    public DelegatingHandler CreateHandler() => new Handler(this);

    private sealed class Handler(FaultInjection faults) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (faults.Authorizations)
            {
                faults.Authorizations.Add(request.Headers.Authorization?.ToString());
            }

            if (Interlocked.Increment(ref faults._requests) > faults.FailFirst)
            {
                return await base.SendAsync(request, cancellationToken);
            }

            var status = new JsonObject
            {
                ["kind"] = "Status",
                ["apiVersion"] = "v1",
                ["status"] = "Failure",
                ["message"] = faults.Message,
                ["reason"] = faults.Status.ToString(),
                ["code"] = (int)faults.Status,
            };
            return new HttpResponseMessage(faults.Status) { Content = new StringContent(status.ToJsonString(), Encoding.UTF8, "application/json") };
        }
    }
}
