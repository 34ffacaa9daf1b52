using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Suite.Notification.Tests.Support;

/// <summary>
/// A real HTTP server on loopback (Kestrel, a free port) standing in for Slack, Teams, PagerDuty or a
/// webhook receiver: records every request and answers each as <c>reply(n)</c> says (n counts from 1).
/// </summary>
internal sealed class LoopbackReceiver : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<ReceivedRequest>> _arrivals = new();
    private readonly Func<int, Reply> _reply;
    private int _count;

    private LoopbackReceiver(Func<int, Reply> reply)
    {
        _reply = reply;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Run(HandleAsync);
    }

    /// <summary>The receiver's address with a path that stands for the secret part of a webhook URL.</summary>
    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<ReceivedRequest> Requests => [.. _requests];

    public static async Task<LoopbackReceiver> StartAsync(Func<int, Reply>? reply = null, string path = "/hooks/T0001/B0001/s3cr3tPathToken")
    {
        var receiver = new LoopbackReceiver(reply ?? (_ => Reply.Ok));
        await receiver._app.StartAsync();
        receiver.Url = new Uri(new Uri(receiver._app.Urls.First()), path);
        return receiver;
    }

    /// <summary>Completes when the <paramref name="number"/>th request has arrived (at once if it already has).</summary>
    public Task<ReceivedRequest> WaitForRequestAsync(int number = 1) =>
        Arrival(number).Task.WaitAsync(Patience);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private TaskCompletionSource<ReceivedRequest> Arrival(int number) =>
        _arrivals.GetOrAdd(number, _ => new TaskCompletionSource<ReceivedRequest>(TaskCreationOptions.RunContinuationsAsynchronously));

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new ReceivedRequest(context.Request.Method, context.Request.Path, headers, body.ToArray());
        _requests.Enqueue(request);
        var number = Interlocked.Increment(ref _count);
        Arrival(number).TrySetResult(request);

        var reply = _reply(number);
        if (reply.HoldUntil is { } hold)
        {
            await hold.WaitAsync(context.RequestAborted);
        }

        context.Response.StatusCode = (int)reply.Status;
        if (reply.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        if (reply.Body is { } text)
        {
            await context.Response.WriteAsync(text, context.RequestAborted);
        }
    }
}
