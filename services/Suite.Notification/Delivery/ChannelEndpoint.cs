using System.Globalization;
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
    Uri url,
    ResiliencePipeline<HttpResponseMessage> pipeline,
    TimeSpan maxDeliveryTime,
    IHttpClientFactory httpClientFactory,
    DeliveryClock clock,
    Redaction redaction)
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
        context.Properties.Set(DeliveryPipeline.Deadline, clock.Now + maxDeliveryTime);
        try
        {
            using var response = await pipeline.ExecuteAsync(async ctx =>
            {
                Interlocked.Increment(ref attempts);
                using var request = new HttpRequestMessage(HttpMethod.Post, url);
                prepare(request);
                return await client.SendAsync(request, ctx.CancellationToken);
            }, context);

            if (response.IsSuccessStatusCode)
            {
                return DeliveryResult.Delivered(attempts);
            }

            var reason = await DescribeAsync(response, cancellationToken);
            return DeliveryResult.Failed(attempts, context.Properties.TryGetValue(DeliveryPipeline.RetryAfterTooLate, out var wait)
                ? $"{reason} (asked to retry after {Seconds(wait)} s, later than this delivery's {Seconds(maxDeliveryTime)} s allow)"
                : reason);
        }
        catch (BrokenCircuitException)
        {
            return DeliveryResult.Failed(attempts, "circuit open: the endpoint failed repeatedly and is left alone for a while");
        }
        catch (TimeoutRejectedException e)
        {
            // The delivery's own limit may end it while it waits to retry: the answer that made it wait is the reason.
            return DeliveryResult.Failed(attempts, e.Timeout == maxDeliveryTime && context.Properties.TryGetValue(DeliveryPipeline.LastOutcome, out var last)
                ? $"not delivered within {Seconds(maxDeliveryTime)} s; the last answer was {last}"
                : $"no answer within {Seconds(e.Timeout)} s");
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

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

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
