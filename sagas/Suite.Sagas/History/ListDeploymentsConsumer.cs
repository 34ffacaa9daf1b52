using Suite.Sagas.Projections;

namespace Suite.Sagas.History;

/// <summary>Answers <see cref="ListDeployments"/> from the summary read model.</summary>
public sealed class ListDeploymentsConsumer(IDeploymentSummaryStore summaries) : IConsumer<ListDeployments>
{
    public async Task Consume(ConsumeContext<ListDeployments> context)
    {
        var (query, errors) = DeploymentSummaryQuery.From(context.Message);
        if (query is null)
        {
            await context.RespondAsync(new DeploymentList { Errors = errors });
            return;
        }

        await context.RespondAsync(await summaries.QueryAsync(query, context.CancellationToken));
    }
}
