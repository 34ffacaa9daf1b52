using Microsoft.Extensions.Options;

namespace Suite.Cluster.Tests;

public sealed class When_the_configuration_is_wrong
{
    [Fact]
    public async Task Should_fail_at_start_up_naming_the_cluster_key_and_its_allowed_values()
    {
        var message = await StartUpFailureAsync(new() { ["Suite:Cluster:Provider"] = "Docker" });

        Assert.Equal("Suite:Cluster:Provider is 'Docker'; allowed values: Simulated, Kubernetes", message);
    }

    [Fact]
    public async Task Should_fail_at_start_up_naming_the_metrics_key_and_its_allowed_values()
    {
        var message = await StartUpFailureAsync(new() { ["Suite:Metrics:Provider"] = "Prometheus" });

        Assert.Equal("Suite:Metrics:Provider is 'Prometheus'; allowed values: Cluster, Simulator", message);
    }

    [Fact]
    public async Task Should_refuse_in_process_metrics_beside_a_real_cluster()
    {
        var settings = ClusterHost.Kubernetes(new Uri("https://10.0.0.1:6443"));
        settings["Suite:Metrics:Provider"] = "Cluster";

        var message = await StartUpFailureAsync(settings);

        Assert.StartsWith("Suite:Metrics:Provider is Cluster", message, StringComparison.Ordinal);
        Assert.EndsWith("allowed with Kubernetes: Simulator", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_kubernetes_without_an_api_server()
    {
        var message = await StartUpFailureAsync(new()
        {
            ["Suite:Cluster:Provider"] = "Kubernetes",
            ["Suite:Metrics:Provider"] = "Simulator",
            ["Suite:Metrics:Simulator:Url"] = "http://127.0.0.1:8080/",
        });

        Assert.Contains("Suite:Cluster:Kubernetes:ApiServer", message, StringComparison.Ordinal);
    }

    private static async Task<string> StartUpFailureAsync(Dictionary<string, string?> settings)
    {
        using var host = ClusterHost.Build(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.DoesNotContain('\n', error.Message);
        return error.Message;
    }
}
