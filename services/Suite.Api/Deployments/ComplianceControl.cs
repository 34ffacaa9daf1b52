using Microsoft.AspNetCore.Http.HttpResults;
using Suite.Contracts.Compliance;

namespace Suite.Api.Deployments;

/// <summary>
/// Publishes a second person's approval and an emergency override. An approver and a reason are
/// required (400 otherwise, and nothing is published); whether the approver may approve this
/// deployment is the saga's to decide, and its history records the decision.
/// </summary>
internal static class ComplianceControl
{
    public static Task<Results<Accepted<DeploymentCommandAccepted>, BadRequest<ApiError>>> Approve(
        Guid id, ApprovalRequest? body, IPublishEndpoint bus, TimeProvider time, CancellationToken cancellationToken) =>
        Publish(id, body, "an approval", bus, cancellationToken,
            (approver, reason) => new ApproveDeployment { DeploymentId = id, Approver = approver, Reason = reason, RequestedAt = time.GetUtcNow() });

    public static Task<Results<Accepted<DeploymentCommandAccepted>, BadRequest<ApiError>>> Override(
        Guid id, ApprovalRequest? body, IPublishEndpoint bus, TimeProvider time, CancellationToken cancellationToken) =>
        Publish(id, body, "an emergency override", bus, cancellationToken,
            (approver, reason) => new OverrideComplianceWindow { DeploymentId = id, Approver = approver, Reason = reason, RequestedAt = time.GetUtcNow() });

    private static async Task<Results<Accepted<DeploymentCommandAccepted>, BadRequest<ApiError>>> Publish<T>(
        Guid id, ApprovalRequest? body, string what, IPublishEndpoint bus, CancellationToken cancellationToken, Func<string, string, T> command)
        where T : class
    {
        if (ApprovalPolicy.Missing(body?.Approver, body?.Reason) is { } missing)
        {
            var error = $"{what} needs {missing}";
            return TypedResults.BadRequest(new ApiError(error, [error]));
        }

        await bus.Publish(command(body!.Approver!.Trim(), body.Reason!.Trim()), cancellationToken);
        return TypedResults.Accepted($"/deployments/{id}", new DeploymentCommandAccepted(id));
    }
}
