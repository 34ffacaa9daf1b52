using Microsoft.Extensions.Configuration;
using Suite.Host.Cli;

namespace Suite.Host.Remote;

/// <summary>Where the CLI finds RabbitMQ: <c>--rabbitmq amqp://user:pass@host:port/vhost</c>, else the <c>Suite:RabbitMq</c> settings the services use.</summary>
public sealed record RabbitMqAddress(string Host, ushort Port, string VirtualHost, string Username, string Password)
{
    public static RabbitMqAddress From(string? uri, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(uri))
        {
            if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("amqp" or "rabbitmq"))
            {
                throw new CliException($"--rabbitmq '{uri}' is not an address like amqp://guest:guest@127.0.0.1:5672/");
            }

            var user = parsed.UserInfo.Split(':', 2);
            var vhost = Uri.UnescapeDataString(parsed.AbsolutePath.TrimStart('/'));
            return new RabbitMqAddress(parsed.Host, (ushort)(parsed.IsDefaultPort ? 5672 : parsed.Port), vhost.Length == 0 ? "/" : vhost,
                user[0].Length > 0 ? Uri.UnescapeDataString(user[0]) : "guest", user.Length > 1 ? Uri.UnescapeDataString(user[1]) : "guest");
        }

        var section = configuration.GetSection("Suite:RabbitMq");
        var port = section["Port"];
        return new RabbitMqAddress(
            section["Host"] ?? "127.0.0.1",
            port is null ? (ushort)5672 : ushort.TryParse(port, out var p) ? p : throw new CliException($"Suite:RabbitMq:Port '{port}' is not a port number"),
            section["VirtualHost"] ?? "/",
            section["Username"] ?? "guest",
            section["Password"] ?? "guest");
    }

    // Never print the password.
    public override string ToString() => $"{Host}:{Port}{(VirtualHost == "/" ? "" : "/" + VirtualHost)}";
}
