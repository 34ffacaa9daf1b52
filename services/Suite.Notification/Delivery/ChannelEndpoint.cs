using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Suite.Notification.Secrets;

namespace Suite.Notification.Delivery;

/// <summary>
/// The receiving end of one channel: posts through the channel's own resilience pipeline and turns
/// the final outcome into a <see cref="DeliveryResult"/> whose reason names no secret.
/// </summary>
internal sealed class ChannelEndpoint(
    Uri url, ResiliencePipeline<HttpResponseMessage> pipeline, IHttpClientFactory httpClientFactory, Redaction redaction)
{
    private const int LongestBodyInReason = 200;

    /// <summary>
    /// Posts to the endpoint a request that <paramref name="prepare"/> fills in (body, headers): it is
    /// called once per attempt, as a request can be sent once only and a signature may hold the time.
    /// </summary>
    public async Task<DeliveryResult> PostAsync(Guid deploymentId, Action<HttpRequestMessage> prepare, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(NotificationHttp.ClientName);
        var attempts = 0;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(DeliveryPipeline.Deployment, deploymentId);
        try
        {
            using var response = await pipeline.ExecuteAsync(async ctx =>
            {
                Interlocked.Increment(ref attempts);
                using var request = new HttpRequestMessage(HttpMethod.Post, url);
                prepare(request);
                return await client.SendAsync(request, ctx.CancellationToken);
            }, context);

            return response.IsSuccessStatusCode
                ? DeliveryResult.Delivered(attempts)
                : DeliveryResult.Failed(attempts, await DescribeAsync(response, cancellationToken));
        }
        catch (BrokenCircuitException)
        {
            return DeliveryResult.Failed(attempts, "circuit open: the endpoint failed repeatedly and is left alone for a while");
        }
        catch (TimeoutRejectedException e)
        {
            return DeliveryResult.Failed(attempts, $"no answer within {e.Timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException e)
        {
            return DeliveryResult.Failed(attempts, redaction.Redact(e.Message));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Failed(attempts, "the request was cancelled before it was answered");
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<string> DescribeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = $"{(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd();
        string body;
        try
        {
            body = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException)
        {
            return status;
        }

        // Redacted before it is cut short, so that no part of a secret survives the cut.
        body = redaction.Redact(string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        if (body.Length > LongestBodyInReason)
        {
            body = body[..LongestBodyInReason] + "…";
        }

        return body.Length == 0 ? status : $"{status}: {body}";
    }
}
