using Microsoft.Extensions.Configuration;
using Suite.Host.Cli;

namespace Suite.Host.Remote;

/// <summary>
/// Where the CLI finds RabbitMQ: <c>--rabbitmq amqp://user:pass@host:port/vhost</c> (or <c>amqps://</c> for TLS),
/// else the <c>Suite:RabbitMq</c> settings the services use.
/// </summary>
public sealed record RabbitMqAddress(string Host, ushort Port, string VirtualHost, string Username, string Password, bool UseTls = false)
{
    public const ushort AmqpPort = 5672;
    public const ushort AmqpsPort = 5671;

    private const string Example = "amqp://guest:guest@127.0.0.1:5672/ or amqps://user:password@host/vhost";

    public static RabbitMqAddress From(string? uri, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(uri))
        {
            return Parse(uri.Trim());
        }

        var section = configuration.GetSection("Suite:RabbitMq");
        var tls = section["UseTls"] is not { } useTls ? false
            : bool.TryParse(useTls, out var t) ? t
            : throw new CliException($"Suite:RabbitMq:UseTls '{useTls}' is not true or false");
        var port = section["Port"];
        return new RabbitMqAddress(
            section["Host"] ?? "127.0.0.1",
            port is null ? DefaultPort(tls) : ushort.TryParse(port, out var p) ? p : throw new CliException($"Suite:RabbitMq:Port '{port}' is not a port number"),
            section["VirtualHost"] ?? "/",
            section["Username"] ?? "guest",
            section["Password"] ?? "guest",
            tls);
    }

    // The value may carry a password, and a mistyped one may put it anywhere (even where the
    // scheme should be), so a refusal never repeats any part of it.
    private static RabbitMqAddress Parse(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("amqp" or "amqps" or "rabbitmq" or "rabbitmqs"))
        {
            throw new CliException($"--rabbitmq: the value given is not an address like {Example}");
        }

        if (parsed.Host.Length == 0)
        {
            throw new CliException($"--rabbitmq: the value given names no host; expected an address like {Example}");
        }

        var tls = parsed.Scheme is "amqps" or "rabbitmqs";
        var user = parsed.UserInfo.Split(':', 2);
        var vhost = Uri.UnescapeDataString(parsed.AbsolutePath.TrimStart('/'));
        return new RabbitMqAddress(parsed.Host, parsed.IsDefaultPort || parsed.Port < 0 ? DefaultPort(tls) : (ushort)parsed.Port, vhost.Length == 0 ? "/" : vhost,
            user[0].Length > 0 ? Uri.UnescapeDataString(user[0]) : "guest", user.Length > 1 ? Uri.UnescapeDataString(user[1]) : "guest", tls);
    }

    private static ushort DefaultPort(bool tls) => tls ? AmqpsPort : AmqpPort;

    // Never print the password.
    public override string ToString() => $"{Host}:{Port}{(VirtualHost == "/" ? "" : "/" + VirtualHost)}{(UseTls ? " (TLS)" : "")}";
}
