using Xunit.Abstractions;

namespace Suite.Integration.RabbitMq.Tests.EndToEnd;

[Collection(DistributedSuiteCollection.Name)]
public sealed class When_a_deployment_request_has_no_image(DistributedSuite suite, ITestOutputHelper output)
{
    [Fact]
    public async Task Should_reject_it_naming_the_image()
    {
        var driver = new DeploymentDriver(suite);
        var id = await driver.Request(DeploymentDriver.NewRequest(image: "") with { Application = "cart" });

        try
        {
            var rejected = await suite.Events.WaitFor<DeploymentRejected>(r => r.DeploymentId == id, TimeSpan.FromSeconds(60));

            Assert.Contains(rejected.Errors, e => e.Contains("Image", StringComparison.OrdinalIgnoreCase));
        }
        catch
        {
            output.WriteLine(suite.DescribeServices());
            throw;
        }
    }
}
