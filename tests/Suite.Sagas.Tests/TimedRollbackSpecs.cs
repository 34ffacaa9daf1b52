using Suite.Contracts.Gates;
using Suite.Contracts.Rollout;
using Suite.Sagas.History;

namespace Suite.Sagas.Tests;

public sealed class When_a_rollback_is_timed
{
    [Fact]
    public async Task Should_record_when_it_was_decided_and_when_the_old_version_was_fully_serving()
    {
        await using var host = await SagaTestHost.Start(s => s.GatePasses = g => g.Stage != GateStages.PostStep);
        var id = await host.Deploy();
        var saga = await host.InState(id, m => m.RolledBack);

        var history = await host.History(id);
        var started = history.OfType<RollbackStarted>().Single();
        var completed = history.OfType<RollbackCompleted>().Single();
        Assert.Equal(started.At, completed.DecidedAt);
        Assert.Equal(started.At + TimeSpan.FromMilliseconds(1800), completed.FullyServingAt);
        Assert.Equal("rolled back in 1.8 s: shop:v1 serving again with 4 replica(s)", HistorySummary.Of(completed));
        var report = await host.Query(id);
        Assert.Equal((started.At, started.At + TimeSpan.FromMilliseconds(1800)), (report.RollbackDecidedAt!.Value, report.RollbackCompletedAt!.Value));
        Assert.Equal(saga.RollbackCompletedAt, report.RollbackCompletedAt);
    }

    [Fact]
    public async Task Should_take_the_answer_s_time_when_the_service_does_not_say()
    {
        await using var host = await SagaTestHost.Start(s =>
        {
            s.RolloutFailsAtStep = 1;
            s.Hold<RollBackDeployment>();
        });
        var id = await host.Deploy();
        await host.InState(id, m => m.RollingBack);
        host.Time.Advance(TimeSpan.FromSeconds(3));

        await host.Send(new RollbackApplied { DeploymentId = id, RestoredReplicas = 4 });

        var saga = await host.InState(id, m => m.RolledBack);
        Assert.Equal(saga.RollbackStartedAt + TimeSpan.FromSeconds(3), saga.RollbackCompletedAt);
        Assert.Equal("rolled back in 3.0 s: shop:v1 serving again with 4 replica(s)", HistorySummary.Of((await host.History(id)).OfType<RollbackCompleted>().Single()));
    }

    [Fact]
    public async Task Should_carry_the_rollout_services_measurements_into_the_history_and_the_report()
    {
        await using var host = await SagaTestHost.Start(s =>
        {
            s.RolloutFailsAtStep = 1;
            s.Hold<RollBackDeployment>();
        });
        var id = await host.Deploy();
        await host.InState(id, m => m.RollingBack);
        var decided = (await host.Query(id)).RollbackDecidedAt!.Value;
        host.Time.Advance(TimeSpan.FromSeconds(9));

        await host.Send(new RollbackApplied
        {
            DeploymentId = id, RestoredReplicas = 4,
            TrafficSwitchedAt = decided.AddMilliseconds(50), RestoreStartedAt = decided.AddMilliseconds(60),
            PreviousReadyAt = decided.AddMilliseconds(8060), FullyServingAt = decided.AddMilliseconds(8900),
        });

        await host.InState(id, m => m.RolledBack);
        var completed = (await host.History(id)).OfType<RollbackCompleted>().Single();
        Assert.Equal((decided.AddMilliseconds(50), decided.AddMilliseconds(60), decided.AddMilliseconds(8060)),
            (completed.TrafficSwitchedAt, completed.RestoreStartedAt, completed.PreviousReadyAt));
        Assert.Equal(
            "rolled back in 8.9 s (pod start-up 8.0 s, Suite 0.9 s; all traffic back on the previous version after 0.1 s): shop:v1 serving again with 4 replica(s)",
            HistorySummary.Of(completed));
        var report = await host.Query(id);
        Assert.Equal((decided.AddMilliseconds(50), decided.AddMilliseconds(60), decided.AddMilliseconds(8060)),
            (report.RollbackTrafficSwitchedAt, report.RollbackRestoreStartedAt, report.RollbackPreviousReadyAt));
    }
}
