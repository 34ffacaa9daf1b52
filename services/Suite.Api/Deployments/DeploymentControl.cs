using Microsoft.AspNetCore.Http.HttpResults;

namespace Suite.Api.Deployments;

/// <summary>Publishes pause, resume, abort, promote, revert and retry; the saga decides what each means in its current state.</summary>
internal static class DeploymentControl
{
    private const string DefaultRequester = "api";

    public static Task<Accepted<DeploymentCommandAccepted>> Pause(
        Guid id, ControlRequest? body, IPublishEndpoint bus, TimeProvider time, CancellationToken cancellationToken) =>
        Publish(id, bus, cancellationToken, new PauseDeployment
        {
            DeploymentId = id,
            RequestedBy = Requester(body),
            Reason = body?.Reason,
            RequestedAt = time.GetUtcNow(),
        });

    public static Task<Accepted<DeploymentCommandAccepted>> Resume(
        Guid id, ControlRequest? body, IPublishEndpoint bus, TimeProvider time, CancellationToken cancellationToken) =>
        Publish(id, bus, cancellationToken, new ResumeDeployment
        {
            DeploymentId = id,
            RequestedBy = Requester(body),
            Reason = body?.Reason,
            RequestedAt = time.GetUtcNow(),
        });

    public static Task<Accepted<DeploymentCommandAccepted>> Abort(
        Guid id, ControlRequest? body, IPublishEndpoint bus, TimeProvider time, CancellationToken cancellationToken) =>
        Publish(id, bus, cancellationToken, new AbortDeployment
        {
            DeploymentId = id,
            RequestedBy = Requester(body),
            Reason = body?.Reason,
            RequestedAt = time.GetUtcNow(),
        });

    public static Task<Accepted<DeploymentCommandAccepted>> Promote(
        Guid id, ControlRequest? body, IPublishEndpoint bus, TimeProvider time, CancellationToken cancellationToken) =>
        Publish(id, bus, cancellationToken, new PromoteDeployment
        {
            DeploymentId = id,
            RequestedBy = Requester(body),
            Reason = body?.Reason,
            Full = body?.Full ?? false,
            RequestedAt = time.GetUtcNow(),
        });

    public static Task<Accepted<DeploymentCommandAccepted>> Revert(
        Guid id, ControlRequest? body, IPublishEndpoint bus, TimeProvider time, CancellationToken cancellationToken) =>
        Publish(id, bus, cancellationToken, new RevertDeployment
        {
            DeploymentId = id,
            RequestedBy = Requester(body),
            Reason = body?.Reason,
            RequestedAt = time.GetUtcNow(),
        });

    /// <summary>Answers with the new deployment's id and address: the retry runs as that deployment.</summary>
    public static async Task<Accepted<DeploymentCommandAccepted>> Retry(
        Guid id, ControlRequest? body, IPublishEndpoint bus, TimeProvider time, CancellationToken cancellationToken)
    {
        var newId = body?.NewDeploymentId is { } given && given != Guid.Empty ? given : NewId.NextGuid();
        await Publish(id, bus, cancellationToken, new RetryDeployment
        {
            DeploymentId = id,
            NewDeploymentId = newId,
            RequestedBy = Requester(body),
            Reason = body?.Reason,
            RequestedAt = time.GetUtcNow(),
        });
        return TypedResults.Accepted($"/deployments/{newId}", new DeploymentCommandAccepted(newId));
    }

    private static string Requester(ControlRequest? body) =>
        string.IsNullOrWhiteSpace(body?.RequestedBy) ? DefaultRequester : body.RequestedBy.Trim();

    private static async Task<Accepted<DeploymentCommandAccepted>> Publish<T>(
        Guid id, IPublishEndpoint bus, CancellationToken cancellationToken, T command)
        where T : class
    {
        await bus.Publish(command, cancellationToken);
        return TypedResults.Accepted($"/deployments/{id}", new DeploymentCommandAccepted(id));
    }
}
