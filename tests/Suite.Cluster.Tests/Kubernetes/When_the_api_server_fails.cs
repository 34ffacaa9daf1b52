using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Suite.Cluster.Tests;

public sealed class When_the_api_server_fails : IAsyncLifetime
{
    private const string Token = "s3cret-token-never-shown";
    private readonly SimulatedCluster _cluster = new(TimeProvider.System);
    private SimulatedClusterServer _server = null!;

    public async Task InitializeAsync() => _server = await SimulatedClusterServer.StartAsync(_cluster);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_retry_transient_failures_and_then_succeed()
    {
        var faults = new FaultInjection { FailFirst = 2 };
        using var host = Build(faults);

        await Gateway(host).ScaleVersionAsync(Apps.Shop, Apps.V2, 2, CancellationToken.None);

        Assert.Equal(2, _cluster.Pods(Apps.Shop).Count);
        Assert.Equal(4, faults.Requests);
    }

    [Fact]
    public async Task Should_fail_with_one_line_naming_the_operation_the_object_and_the_status_message()
    {
        var faults = new FaultInjection { FailFirst = int.MaxValue, Status = HttpStatusCode.InternalServerError, Message = "etcdserver: request timed out" };
        using var host = Build(faults);

        var error = await Assert.ThrowsAsync<ClusterOperationException>(() => Gateway(host).ScaleVersionAsync(Apps.Shop, Apps.V2, 2, CancellationToken.None));

        var name = KubernetesNaming.DeploymentName("shop", Apps.V2);
        Assert.Equal($"Kubernetes read deployment shop/{name} failed: 500 InternalServerError: etcdserver: request timed out", error.Message);
        Assert.Equal(500, error.StatusCode);
        Assert.Equal(3, faults.Requests);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_not_retry_a_refusal()
    {
        var faults = new FaultInjection { FailFirst = int.MaxValue, Status = HttpStatusCode.Forbidden, Message = "deployments.apps is forbidden: User \"suite\" cannot list resource \"deployments\"" };
        using var host = Build(faults);

        var error = await Assert.ThrowsAsync<ClusterOperationException>(() => Gateway(host).GetWorkloadAsync(Apps.Shop, CancellationToken.None));

        Assert.StartsWith("Kubernetes list deployments shop", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("failed: 403 Forbidden: deployments.apps is forbidden: User \"suite\" cannot list resource \"deployments\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, faults.Requests);
    }

    [Fact]
    public async Task Should_send_the_configured_bearer_token()
    {
        var faults = new FaultInjection();
        using var host = Build(faults);

        await Gateway(host).GetWorkloadAsync(Apps.Shop, CancellationToken.None);

        Assert.All(faults.Authorizations, a => Assert.Equal($"Bearer {Token}", a));
        Assert.Equal(2, faults.Authorizations.Count);
    }

    [Fact]
    public async Task Should_read_the_bearer_token_from_the_token_file_on_every_call()
    {
        var tokenFile = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(tokenFile, "first-token\n");
            var faults = new FaultInjection();
            var settings = ClusterHost.Kubernetes(_server.BaseAddress);
            settings["Suite:Cluster:Kubernetes:Token"] = null;
            settings["Suite:Cluster:Kubernetes:TokenFile"] = tokenFile;
            using var host = ClusterHost.Build(settings, s => s.AddHttpClient(KubernetesClusterGateway.HttpClientName).AddHttpMessageHandler(faults.CreateHandler));
            var gateway = Gateway(host);

            await gateway.GetWorkloadAsync(Apps.Shop, CancellationToken.None);
            await File.WriteAllTextAsync(tokenFile, "rotated-token");
            await gateway.GetWorkloadAsync(Apps.Shop, CancellationToken.None);

            Assert.Equal(["Bearer first-token", "Bearer first-token", "Bearer rotated-token", "Bearer rotated-token"], faults.Authorizations);
        }
        finally
        {
            File.Delete(tokenFile);
        }
    }

    [Fact]
    public async Task Should_fail_with_one_line_when_the_server_cannot_be_reached()
    {
        var closed = await SimulatedClusterServer.StartAsync(new SimulatedCluster(TimeProvider.System));
        var address = closed.BaseAddress;
        await closed.DisposeAsync();
        using var host = ClusterHost.Build(ClusterHost.Kubernetes(address));

        var error = await Assert.ThrowsAsync<ClusterOperationException>(() => Gateway(host).GetWorkloadAsync(Apps.Shop, CancellationToken.None));

        Assert.StartsWith("Kubernetes list deployments shop", error.Message, StringComparison.Ordinal);
        Assert.Null(error.StatusCode);
        Assert.DoesNotContain('\n', error.Message);
    }

    private IHost Build(FaultInjection faults) =>
        ClusterHost.Build(
            ClusterHost.Kubernetes(_server.BaseAddress, Token),
            s => s.AddHttpClient(KubernetesClusterGateway.HttpClientName).AddHttpMessageHandler(faults.CreateHandler));

    private static IClusterGateway Gateway(IHost host) => host.Services.GetRequiredService<IClusterGateway>();
}
