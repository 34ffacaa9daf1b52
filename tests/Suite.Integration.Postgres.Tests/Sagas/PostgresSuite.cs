using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Cluster;
using Suite.Cluster.Simulated;
using Suite.Host.Embedded;
using Suite.ServiceDefaults.Postgres;

namespace Suite.Integration.Postgres.Tests.Sagas;

/// <summary>
/// Every service in one process on the in-memory bus, with every store in PostgreSQL (a schema of
/// its own): the saga repository, the history, the inbox/outbox and the scheduler.
/// </summary>
public sealed class PostgresSuite : IAsyncDisposable
{
    private readonly IHost _host;

    private PostgresSuite(IHost host, string schema)
    {
        _host = host;
        Schema = schema;
        Cluster = host.Services.GetRequiredService<SimulatedCluster>();
        Bus = host.Services.GetRequiredService<IBus>();
        Postgres = host.Services.GetRequiredService<SuitePostgres>();
    }

    public string Schema { get; }
    public SimulatedCluster Cluster { get; }
    public IBus Bus { get; }
    public SuitePostgres Postgres { get; }
    public IServiceProvider Services => _host.Services;

    public static async Task<PostgresSuite> Start(string? schema = null)
    {
        schema ??= "t_" + Guid.NewGuid().ToString("N")[..12];
        var host = EmbeddedSuite.Build(new ScaledTimeProvider(40), new Dictionary<string, string?>
        {
            ["Suite:Postgres:ConnectionString"] = TestDatabase.RequiredConnectionString(),
            ["Suite:Postgres:Schema"] = schema,
            ["Suite:Cluster:Simulated:StartupDelay"] = "00:00:02",
            ["Suite:Cluster:Simulated:TerminationGrace"] = "00:00:01",
            ["Suite:TrafficAnalysis:SampleInterval"] = "00:00:01",
            ["Suite:QualityGates:SampleInterval"] = "00:00:01",
        });
        await host.StartAsync();
        return new PostgresSuite(host, schema);
    }

    public static DeploymentRequested Request(string application, string image, int replicas) => new()
    {
        DeploymentId = NewId.NextGuid(), Application = application, Namespace = "retail", Image = image, Strategy = DeploymentStrategies.Rolling,
        Environment = "production", RequestedBy = "tests", Replicas = replicas, MaxSurge = "1", MaxUnavailable = "0", Reason = "release",
    };

    public async Task<DeploymentStateReport> WaitUntilEnded(Guid id)
    {
        var client = Bus.CreateRequestClient<GetDeploymentState>();
        var deadline = TimeProvider.System.GetUtcNow().AddMinutes(2);
        string? last = null;
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            var response = await client.GetResponse<DeploymentStateReport, DeploymentNotFound>(new GetDeploymentState { DeploymentId = id });
            if (response.Is(out Response<DeploymentStateReport>? r))
            {
                if (r!.Message.IsTerminal)
                {
                    return r.Message;
                }

                last = r.Message.State;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"deployment did not end in 2 minutes; last state {last ?? "unknown"}");
    }

    public async Task<T> Ask<TRequest, T>(TRequest request)
        where TRequest : class
        where T : class =>
        (await Bus.CreateRequestClient<TRequest>().GetResponse<T>(request)).Message;

    public async Task<object?> Scalar(string sql)
    {
        await using var command = Postgres.DataSource.CreateCommand(sql.Replace("{schema}", Schema, StringComparison.Ordinal));
        return await command.ExecuteScalarAsync();
    }

    public void Seed(string application, string image, int replicas) => Cluster.Seed(new WorkloadRef("retail", application), image, replicas);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await using var drop = NpgsqlDataSourceFor().CreateCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE");
        await drop.ExecuteNonQueryAsync();
    }

    private static Npgsql.NpgsqlDataSource NpgsqlDataSourceFor() => Npgsql.NpgsqlDataSource.Create(TestDatabase.RequiredConnectionString());
}
