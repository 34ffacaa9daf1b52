namespace Suite.Sagas.Tests;

public sealed class When_validating_a_request
{
    private static DeploymentRequested Valid() => SagaTestHost.Request();

    [Fact]
    public void Should_accept_a_complete_request() => Assert.Empty(RequestValidation.Validate(Valid()));

    [Theory]
    [InlineData("registry.example.com:5000/team/shop:1.4.2")]
    [InlineData("shop")]
    [InlineData("ghcr.io/acme/shop@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void Should_accept_image_references(string image) => Assert.Empty(RequestValidation.Validate(Valid() with { Image = image }));

    [Theory]
    [InlineData("shop v2")]
    [InlineData("Shop:v2")]
    [InlineData(":v2")]
    public void Should_refuse_malformed_images(string image) =>
        Assert.StartsWith($"Image '{image}' is not an image reference", Assert.Single(RequestValidation.Validate(Valid() with { Image = image })));

    [Theory]
    [InlineData("a")]
    [InlineData("shop-front-2")]
    public void Should_accept_rfc1123_names(string name) => Assert.Empty(RequestValidation.Validate(Valid() with { Application = name, Namespace = name }));

    [Theory]
    [InlineData("shop.front")]
    [InlineData("shop-")]
    [InlineData("UPPER")]
    [InlineData("this-application-name-is-far-too-long-for-suite-to-suffix")]
    public void Should_refuse_names_kubernetes_refuses(string name) =>
        Assert.Contains("is not a valid Kubernetes name", Assert.Single(RequestValidation.Validate(Valid() with { Application = name })));

    [Theory]
    [InlineData("BlueGreen")]
    [InlineData("Canary")]
    [InlineData("Rolling")]
    public void Should_run_every_strategy(string strategy) =>
        Assert.Empty(RequestValidation.Validate(Valid() with { Strategy = strategy, MaxSurge = null, MaxUnavailable = null }));

    [Fact]
    public void Should_take_strategy_names_in_any_case() =>
        Assert.Empty(RequestValidation.Validate(Valid() with { Strategy = "recreate", MaxSurge = null, MaxUnavailable = null, Environment = "staging" }));

    [Theory]
    [InlineData("0", "0", true)]
    [InlineData("0%", "0", true)]
    [InlineData("0", "1", false)]
    [InlineData("25%", "0%", false)]
    public void Should_refuse_surge_and_unavailable_both_zero(string surge, string unavailable, bool refused)
    {
        var errors = RequestValidation.Validate(Valid() with { MaxSurge = surge, MaxUnavailable = unavailable });
        Assert.Equal(refused, errors.Any(e => e.StartsWith("MaxSurge and MaxUnavailable cannot both be 0", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("-1", "MaxSurge '-1' is neither a whole number nor a percentage like '25%'")]
    [InlineData("150%", "MaxSurge '150%' is more than 100%")]
    [InlineData("two", "MaxSurge 'two' is neither a whole number nor a percentage like '25%'")]
    public void Should_name_a_bad_surge(string surge, string error) =>
        Assert.Equal(error, Assert.Single(RequestValidation.Validate(Valid() with { MaxSurge = surge })));

    [Fact]
    public void Should_list_missing_fields()
    {
        var errors = RequestValidation.Validate(new DeploymentRequested());
        Assert.Equal(
            ["DeploymentId is missing", "Application is missing", "Namespace is missing", "Image is missing",
             "Environment is missing", "RequestedBy is missing"],
            errors);
    }
}
