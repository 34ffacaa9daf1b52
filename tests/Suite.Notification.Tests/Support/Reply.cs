namespace Suite.Notification.Tests.Support;

/// <summary>What a <see cref="LoopbackReceiver"/> answers to one request: a status, maybe a body and a Retry-After, maybe only once released.</summary>
internal sealed record Reply(HttpStatusCode Status, string? Body = null, string? RetryAfter = null, Task? HoldUntil = null)
{
    public static Reply Ok { get; } = new(HttpStatusCode.OK, "ok");
}
