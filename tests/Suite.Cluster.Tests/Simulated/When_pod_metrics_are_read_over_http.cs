using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Suite.Cluster.Tests;

public sealed class When_pod_metrics_are_read_over_http : SimulatorOverHttp
{
    [Fact]
    public async Task Should_set_a_pod_behaviour_and_read_every_pod_back_through_the_metrics_source()
    {
        Cluster.Seed(Apps.Shop, Apps.V1, 2);
        var pod = Cluster.Pods(Apps.Shop)[0].Name;
        using (var response = await Http.PutAsJsonAsync("suite-simulator/v1/pods", new { name = pod, errorRate = 0.07 }))
        {
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        using var host = ClusterHost.Build(ClusterHost.Kubernetes(new Uri(Http.BaseAddress!, "/")));
        var pods = await host.Services.GetRequiredService<IMetricsSource>().GetPodMetricsAsync(Apps.Shop, Apps.V1, CancellationToken.None);

        Assert.Equal([(pod, 0.07, 120.0), (Cluster.Pods(Apps.Shop)[1].Name, 0.002, 120.0)], pods.Select(p => (p.Name, p.ErrorRate, p.P95LatencyMs)));
    }

    [Fact]
    public async Task Should_read_no_pods_of_a_version_that_does_not_serve()
    {
        using var host = ClusterHost.Build(ClusterHost.Kubernetes(new Uri(Http.BaseAddress!, "/")));

        Assert.Empty(await host.Services.GetRequiredService<IMetricsSource>().GetPodMetricsAsync(Apps.Shop, Apps.V2, CancellationToken.None));
    }
}
