using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Suite.Cluster.Resilience;

/// <summary>
/// The pipeline every outbound call of this project runs through: retries with exponential back-off
/// and jitter on 5xx, 429, network errors and timeouts, and a timeout per attempt.
/// </summary>
internal static partial class HttpResilience
{
    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromSeconds(30);

    public static ResiliencePipeline<HttpResponseMessage> Create(HttpResilienceSettings settings, TimeProvider timeProvider, ILogger logger, string peer)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (settings.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(IsTransient),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                MaxRetryAttempts = settings.MaxRetryAttempts,
                Delay = settings.RetryBaseDelay,
                DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter(args.Outcome.Result, timeProvider)),
                OnRetry = args =>
                {
                    LogRetry(logger, peer, args.AttemptNumber + 1, args.RetryDelay, Describe(args.Outcome));
                    return default;
                },
            });
        }

        return builder.AddTimeout(settings.RequestTimeout).Build();
    }

    public static bool IsTransient(HttpResponseMessage response) =>
        (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests;

    /// <summary>A server that says when to come back (429 and 503 may) is believed, up to a bound.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        var header = response?.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - timeProvider.GetUtcNow() : null);
        return delay is { } d && d > TimeSpan.Zero ? (d < LongestRetryAfter ? d : LongestRetryAfter) : null;
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } e ? e.Message : $"{(int)outcome.Result!.StatusCode} {outcome.Result.ReasonPhrase}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Call to {Peer} failed ({Outcome}); attempt {Attempt} in {Delay}")]
    private static partial void LogRetry(ILogger logger, string peer, int attempt, TimeSpan delay, string outcome);
}
