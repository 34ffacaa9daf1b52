using Microsoft.AspNetCore.Http.HttpResults;

namespace Suite.Api.Deployments;

/// <summary>The deployments API: submit, query and steer deployments over the bus.</summary>
public static class DeploymentEndpoints
{
    public static IEndpointRouteBuilder MapDeploymentEndpoints(this IEndpointRouteBuilder app)
    {
        var deployments = app.MapGroup("/deployments");
        deployments.MapPost("/", Submit);
        deployments.MapGet("/{id:guid}", DeploymentQueries.GetState);
        deployments.MapGet("/{id:guid}/history", DeploymentQueries.GetHistory);
        deployments.MapPost("/{id:guid}/pause", DeploymentControl.Pause);
        deployments.MapPost("/{id:guid}/resume", DeploymentControl.Resume);
        deployments.MapPost("/{id:guid}/abort", DeploymentControl.Abort);
        deployments.MapPost("/{id:guid}/promote", DeploymentControl.Promote);
        deployments.MapPost("/{id:guid}/revert", DeploymentControl.Revert);
        deployments.MapPost("/{id:guid}/retry", DeploymentControl.Retry);
        deployments.MapPost("/{id:guid}/approve", ComplianceControl.Approve);
        deployments.MapPost("/{id:guid}/override", ComplianceControl.Override);
        return app;
    }

    private static async Task<Results<Accepted<DeploymentCommandAccepted>, BadRequest<ApiError>>> Submit(
        DeploymentRequested? request,
        IPublishEndpoint bus,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return TypedResults.BadRequest(new ApiError("the body must be a DeploymentRequested JSON object"));
        }

        var id = request.DeploymentId == Guid.Empty ? NewId.NextGuid() : request.DeploymentId;
        var requestedAt = request.RequestedAt == default ? time.GetUtcNow() : request.RequestedAt;
        var complete = request with { DeploymentId = id, RequestedAt = requestedAt };

        // A malformed request is refused here, before anything is published; Suite checks again what only it knows.
        var errors = DeploymentRequestValidation.Validate(complete);
        if (errors.Count > 0)
        {
            return TypedResults.BadRequest(new ApiError("the deployment request is invalid: " + string.Join("; ", errors), errors));
        }

        await bus.Publish(complete, cancellationToken);
        return TypedResults.Accepted($"/deployments/{id}", new DeploymentCommandAccepted(id));
    }
}
