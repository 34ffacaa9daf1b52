using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Suite.Api.Deployments;

/// <summary>Answers state and history queries by asking the Orchestrator and the history over the bus.</summary>
internal static class DeploymentQueries
{
    public static async Task<Results<Ok<DeploymentStateReport>, NotFound<ApiError>, JsonHttpResult<ApiError>>> GetState(
        Guid id,
        IRequestClient<GetDeploymentState> client,
        IOptions<ApiOptions> options,
        CancellationToken cancellationToken)
    {
        try
        {
            var response = await client.GetResponse<DeploymentStateReport, DeploymentNotFound>(
                new GetDeploymentState { DeploymentId = id }, cancellationToken, options.Value.RequestTimeout);
            return response.Is(out Response<DeploymentStateReport>? report)
                ? TypedResults.Ok(report.Message)
                : NotFound(id);
        }
        catch (RequestTimeoutException)
        {
            return TimedOut("the Orchestrator", options.Value.RequestTimeout);
        }
    }

    public static async Task<Results<Ok<DeploymentHistoryReport>, NotFound<ApiError>, JsonHttpResult<ApiError>>> GetHistory(
        Guid id,
        IRequestClient<GetDeploymentHistory> client,
        IOptions<ApiOptions> options,
        CancellationToken cancellationToken)
    {
        try
        {
            var response = await client.GetResponse<DeploymentHistoryReport, DeploymentNotFound>(
                new GetDeploymentHistory { DeploymentId = id }, cancellationToken, options.Value.RequestTimeout);
            return response.Is(out Response<DeploymentHistoryReport>? history)
                ? TypedResults.Ok(history.Message)
                : NotFound(id);
        }
        catch (RequestTimeoutException)
        {
            return TimedOut("the deployment history", options.Value.RequestTimeout);
        }
    }

    private static NotFound<ApiError> NotFound(Guid id) => TypedResults.NotFound(new ApiError($"no deployment {id}"));

    private static JsonHttpResult<ApiError> TimedOut(string who, TimeSpan timeout) =>
        TypedResults.Json(
            new ApiError($"{who} did not answer within {timeout.TotalSeconds:0.#} s"),
            statusCode: StatusCodes.Status504GatewayTimeout);
}
