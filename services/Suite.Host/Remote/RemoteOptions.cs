using Microsoft.Extensions.Configuration;

namespace Suite.Host.Remote;

/// <summary>Options every command that talks to a running Suite takes.</summary>
public sealed class RemoteOptions
{
    public Option<string?> RabbitMq { get; } = new("--rabbitmq")
    {
        Description = "RabbitMQ address, e.g. amqp://guest:guest@127.0.0.1:5672/, or amqps://user:password@host/vhost for TLS (default: Suite__RabbitMq__* environment variables, else 127.0.0.1:5672)",
    };

    public Option<double> Timeout { get; } = new("--timeout") { Description = "Seconds to wait for RabbitMQ and for each answer", DefaultValueFactory = _ => 10 };

    public void AddTo(Command command)
    {
        command.Add(RabbitMq);
        command.Add(Timeout);
    }

    public Task<RemoteSuite> Connect(ParseResult result, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var address = RabbitMqAddress.From(result.GetValue(RabbitMq), configuration);
        return RemoteSuite.Connect(address, TimeSpan.FromSeconds(Math.Max(0.1, result.GetValue(Timeout))), cancellationToken);
    }
}
