namespace Suite.Integration.Postgres.Tests.Sagas;

public sealed class When_a_deployment_runs_on_PostgreSQL : IAsyncLifetime
{
    private PostgresSuite _suite = null!;

    public async Task InitializeAsync() => _suite = await PostgresSuite.Start();

    public async Task DisposeAsync() => await _suite.DisposeAsync();

    [Fact]
    public async Task Should_keep_the_saga_and_its_whole_history_in_the_database()
    {
        _suite.Seed("shop", "shop:1", 3);
        var request = PostgresSuite.Request("shop", "shop:2", 3);

        await _suite.Bus.Publish(request);
        var report = await _suite.WaitUntilEnded(request.DeploymentId);

        Assert.Equal("Succeeded", report.State);
        Assert.Equal("Succeeded", await _suite.Scalar($"SELECT current_state FROM {{schema}}.saga_deployment_state WHERE correlation_id = '{request.DeploymentId}'"));
        var events = (long)(await _suite.Scalar($"SELECT count(*) FROM {{schema}}.history_event WHERE stream_id = 'deployment-{request.DeploymentId:N}'"))!;
        var sagaHistoryVersion = (long)(await _suite.Scalar(
            $"SELECT (data->>'historyVersion')::bigint FROM {{schema}}.saga_deployment_state WHERE correlation_id = '{request.DeploymentId}'"))!;
        Assert.Equal(events, sagaHistoryVersion);
        var history = await _suite.Ask<GetDeploymentHistory, DeploymentHistoryReport>(new GetDeploymentHistory { DeploymentId = request.DeploymentId });
        Assert.Equal(events, history.Entries.Count);
        Assert.Equal("RequestAccepted", history.Entries[0].Type);
        Assert.Equal("Succeeded", history.Entries[^1].Type);
        await OutboxDrained();
    }

    // Messages wait in the outbox only between their transaction's commit and their delivery.
    private async Task OutboxDrained()
    {
        for (var i = 0; i < 50; i++)
        {
            if ((long)(await _suite.Scalar("SELECT count(*) FROM {schema}.outbox_message"))! == 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException("the outbox still holds messages 5 s after the deployment ended");
    }

    [Fact]
    public async Task Should_verify_the_history_and_name_the_first_edited_event()
    {
        _suite.Seed("cart", "cart:1", 2);
        var request = PostgresSuite.Request("cart", "cart:2", 2);
        await _suite.Bus.Publish(request);
        await _suite.WaitUntilEnded(request.DeploymentId);
        var verify = new VerifyDeploymentHistory { DeploymentId = request.DeploymentId };

        var intact = await _suite.Ask<VerifyDeploymentHistory, DeploymentHistoryVerified>(verify);
        await _suite.Scalar("UPDATE {schema}.history_event SET data = replace(data::text, '\"tests\"', '\"mallory\"')::json " +
            $"WHERE stream_id = 'deployment-{request.DeploymentId:N}' AND version = 1");
        var broken = await _suite.Ask<VerifyDeploymentHistory, DeploymentHistoryVerified>(verify);

        Assert.True(intact.IsIntact);
        Assert.True(intact.EventsChecked > 5);
        Assert.False(broken.IsIntact);
        Assert.Equal(1, broken.FirstBrokenVersion);
        Assert.Contains("edited", broken.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_list_it_from_the_summary_read_model_newest_first()
    {
        _suite.Seed("shop", "shop:1", 2);
        _suite.Seed("cart", "cart:1", 2);
        var first = PostgresSuite.Request("shop", "shop:2", 2);
        await _suite.Bus.Publish(first);
        await _suite.WaitUntilEnded(first.DeploymentId);
        var second = PostgresSuite.Request("cart", "cart:2", 2);
        await _suite.Bus.Publish(second);
        await _suite.WaitUntilEnded(second.DeploymentId);

        var all = await EventuallyListed(new ListDeployments(), 2);
        var shop = await _suite.Ask<ListDeployments, DeploymentList>(new ListDeployments { Application = "SHOP" });
        var firstPage = await _suite.Ask<ListDeployments, DeploymentList>(new ListDeployments { Limit = 1 });
        var secondPage = await _suite.Ask<ListDeployments, DeploymentList>(new ListDeployments { Limit = 1, ContinuationToken = firstPage.ContinuationToken });
        var running = await _suite.Ask<ListDeployments, DeploymentList>(new ListDeployments { State = "running" });
        var invalid = await _suite.Ask<ListDeployments, DeploymentList>(new ListDeployments { Limit = 0, ContinuationToken = "nonsense" });

        Assert.Equal([second.DeploymentId, first.DeploymentId], all.Items.Select(i => i.DeploymentId));
        Assert.All(all.Items, i => Assert.Equal("Succeeded", i.State));
        Assert.Equal(first.DeploymentId, shop.Items.Single().DeploymentId);
        Assert.Equal(second.DeploymentId, firstPage.Items.Single().DeploymentId);
        Assert.Equal(first.DeploymentId, secondPage.Items.Single().DeploymentId);
        Assert.Null(secondPage.ContinuationToken);
        Assert.Empty(running.Items);
        Assert.Equal(2, invalid.Errors.Count);
    }

    private async Task<DeploymentList> EventuallyListed(ListDeployments query, int count)
    {
        for (var i = 0; i < 100; i++)
        {
            var list = await _suite.Ask<ListDeployments, DeploymentList>(query);
            if (list.Items.Count >= count && list.Items.All(x => x.IsTerminal))
            {
                return list;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException("the summary read model did not catch up in 10 s");
    }
}
