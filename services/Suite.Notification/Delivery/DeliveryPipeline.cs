using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using Suite.Notification.Secrets;

namespace Suite.Notification.Delivery;

/// <summary>
/// The resilience pipeline of one channel's endpoint, outermost first: a bound on the whole delivery,
/// retries with exponential back-off and jitter (or the server's <c>Retry-After</c>) on 408, 429, 5xx,
/// network errors and timeouts, the endpoint's own circuit breaker, and a timeout per attempt. All of
/// it runs on the <see cref="DeliveryClock"/>.
/// </summary>
internal static partial class DeliveryPipeline
{
    /// <summary>Carries the deployment into the pipeline's callbacks, for their log lines.</summary>
    public static readonly ResiliencePropertyKey<Guid> Deployment = new("Suite.DeploymentId");

    /// <summary>When the delivery must be over (set by the caller): a <c>Retry-After</c> past it is not waited for.</summary>
    public static readonly ResiliencePropertyKey<DateTimeOffset> Deadline = new("Suite.Deadline");

    /// <summary>What the last failed attempt got, for the reason when the delivery's time runs out while it waits to retry.</summary>
    public static readonly ResiliencePropertyKey<string> LastOutcome = new("Suite.LastOutcome");

    /// <summary>Set when the server asked to wait longer than the delivery had left, so it was not retried.</summary>
    public static readonly ResiliencePropertyKey<TimeSpan> RetryAfterTooLate = new("Suite.RetryAfterTooLate");

    public static ResiliencePipeline<HttpResponseMessage> Create(
        string channel, DeliveryOptions options, TimeSpan attemptTimeout, DeliveryClock clock, Redaction redaction, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock.Time, Name = channel }
            .AddTimeout(options.MaxDeliveryTime);
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => ValueTask.FromResult(Handles(args.Outcome) && !PastDeadline(args.Outcome, args.Context, clock, options)),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,

                // Polly takes a generated delay as it is: MaxDelay bounds the back-off only, MaxRetryAfter the server's wish.
                DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter(args.Outcome.Result, clock.Time, options.MaxRetryAfter)),
                OnRetry = args =>
                {
                    var outcome = Describe(args.Outcome, redaction);
                    args.Context.Properties.Set(LastOutcome, outcome);
                    LogRetry(logger, channel, DeploymentOf(args.Context), args.AttemptNumber + 1, outcome, args.RetryDelay);
                    return default;
                },
            });
        }

        var breaker = options.CircuitBreaker;
        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => ValueTask.FromResult(Handles(args.Outcome)),
                FailureRatio = breaker.FailureRatio,
                MinimumThroughput = breaker.MinimumThroughput,
                SamplingDuration = breaker.SamplingDuration,
                BreakDuration = breaker.BreakDuration,
                OnOpened = args =>
                {
                    LogOpened(logger, channel, args.BreakDuration, Describe(args.Outcome, redaction));
                    return default;
                },
                OnClosed = _ =>
                {
                    LogClosed(logger, channel);
                    return default;
                },
            })
            .AddTimeout(attemptTimeout)
            .Build();
    }

    public static bool IsTransient(HttpResponseMessage response) =>
        (int)response.StatusCode >= 500
        || response.StatusCode == HttpStatusCode.TooManyRequests
        || response.StatusCode == HttpStatusCode.RequestTimeout;

    /// <summary>A server that says when to come back (429 and 503 may) is believed, in seconds or as a date, up to a bound.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider, TimeSpan longest)
    {
        var header = response?.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - timeProvider.GetUtcNow() : null);
        return delay is { } d && d > TimeSpan.Zero ? (d < longest ? d : longest) : null;
    }

    private static bool Handles(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || (outcome.Result is { } response && IsTransient(response));

    // Waiting for a Retry-After that the delivery's time limit would cut short only holds the event longer, and the
    // answer that asked for the wait is a better reason than a timeout.
    private static bool PastDeadline(Outcome<HttpResponseMessage> outcome, ResilienceContext context, DeliveryClock clock, DeliveryOptions options)
    {
        if (RetryAfter(outcome.Result, clock.Time, options.MaxRetryAfter) is not { } wait
            || !context.Properties.TryGetValue(Deadline, out var deadline)
            || clock.Now + wait < deadline)
        {
            return false;
        }

        context.Properties.Set(RetryAfterTooLate, wait);
        return true;
    }

    private static Guid DeploymentOf(ResilienceContext context) =>
        context.Properties.TryGetValue(Deployment, out var id) ? id : Guid.Empty;

    private static string Describe(Outcome<HttpResponseMessage> outcome, Redaction redaction) =>
        outcome.Exception is { } e
            ? redaction.Redact(e.Message)
            : $"{(int)outcome.Result!.StatusCode} {outcome.Result.ReasonPhrase}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification of deployment {DeploymentId} to channel {Channel}: attempt {Attempt} failed ({Outcome}); next in {Delay}")]
    private static partial void LogRetry(ILogger logger, string channel, Guid deploymentId, int attempt, string outcome, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel {Channel} failed repeatedly ({Outcome}); it is not called for {BreakDuration}")]
    private static partial void LogOpened(ILogger logger, string channel, TimeSpan breakDuration, string outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Channel {Channel} answers again")]
    private static partial void LogClosed(ILogger logger, string channel);
}
