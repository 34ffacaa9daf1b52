using System.Net;
using System.Net.Http.Json;
using Xunit.Abstractions;

namespace Suite.Integration.RabbitMq.Tests.EndToEnd;

[Collection(DistributedSuiteCollection.Name)]
public sealed class When_the_services_run_as_their_own_processes(DistributedSuite suite, ITestOutputHelper output) : IDisposable
{
    private readonly HttpClient _http = new();

    public static TheoryData<string> Services => [.. SuiteServices.Names];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Should_report_ready_and_serve_metrics(string service)
    {
        var address = suite.Service(service).Address;

        using var ready = await _http.GetAsync(new Uri(address, "/health/ready"));
        using var metrics = await _http.GetAsync(new Uri(address, "/metrics"));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
    }

    [Fact]
    public async Task Should_answer_a_finished_deployment_through_the_api_process()
    {
        var good = await new ShopUpgrades(suite).Good;
        var api = suite.Service("Api").Address;

        try
        {
            var report = await _http.GetFromJsonAsync<DeploymentStateReport>(new Uri(api, $"/deployments/{good.Report.DeploymentId}"));
            var history = await _http.GetFromJsonAsync<DeploymentHistoryReport>(new Uri(api, $"/deployments/{good.Report.DeploymentId}/history"));

            Assert.Equal("Succeeded", report?.State);
            Assert.NotEmpty(history?.Entries ?? []);
        }
        catch
        {
            output.WriteLine(suite.DescribeServices());
            throw;
        }
    }

    public void Dispose() => _http.Dispose();
}
