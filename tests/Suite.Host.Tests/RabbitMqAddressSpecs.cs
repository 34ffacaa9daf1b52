using Microsoft.Extensions.Configuration;
using Suite.Host.Cli;
using Suite.Host.Remote;

namespace Suite.Host.Tests;

public sealed class When_the_rabbitmq_address_is_malformed
{
    [Theory]
    [InlineData("amqps://admin:S3cret@rabbit.example.com:99999/")]
    [InlineData("https://admin:S3cret@rabbit.example.com/")]
    [InlineData("admin:S3cret@rabbit.example.com")]
    [InlineData("amqp://admin:S3cret@/")]
    public void Should_refuse_it_without_showing_the_user_or_the_password(string value)
    {
        var refused = Assert.Throws<CliException>(() => RabbitMqAddress.From(value, Configuration()));

        Assert.Equal(ExitCodes.Failure, refused.ExitCode);
        Assert.StartsWith("--rabbitmq", refused.Message);
        Assert.DoesNotContain("S3cret", refused.Message);
        Assert.DoesNotContain("admin", refused.Message);
    }

    internal static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
}

public sealed class When_the_rabbitmq_address_asks_for_tls
{
    [Fact]
    public void Should_use_tls_on_port_5671_unless_told_another_port()
    {
        var address = RabbitMqAddress.From("amqps://deployer:S3cret@rabbit.example.com/prod", When_the_rabbitmq_address_is_malformed.Configuration());

        Assert.Equal(new RabbitMqAddress("rabbit.example.com", 5671, "prod", "deployer", "S3cret", UseTls: true), address);
    }

    [Fact]
    public void Should_keep_an_explicit_port()
    {
        var address = RabbitMqAddress.From("amqps://rabbit.example.com:15671/", When_the_rabbitmq_address_is_malformed.Configuration());

        Assert.Equal((15671, "/", "guest", true), (address.Port, address.VirtualHost, address.Username, address.UseTls));
    }

    [Fact]
    public void Should_not_use_tls_for_plain_amqp()
    {
        var address = RabbitMqAddress.From("amqp://u:p@rabbit.example.com/", When_the_rabbitmq_address_is_malformed.Configuration());

        Assert.Equal((5672, false), (address.Port, address.UseTls));
    }

    [Fact]
    public void Should_read_tls_from_the_services_settings()
    {
        var address = RabbitMqAddress.From(null, When_the_rabbitmq_address_is_malformed.Configuration(
            ("Suite:RabbitMq:Host", "rabbit.example.com"), ("Suite:RabbitMq:UseTls", "true"), ("Suite:RabbitMq:Password", "S3cret")));

        Assert.Equal(("rabbit.example.com", (ushort)5671, true), (address.Host, address.Port, address.UseTls));
        Assert.DoesNotContain("S3cret", address.ToString());
        Assert.Contains("TLS", address.ToString());
    }
}
