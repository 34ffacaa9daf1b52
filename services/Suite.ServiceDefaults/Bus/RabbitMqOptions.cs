namespace Suite.ServiceDefaults;

/// <summary>Where the broker is: configuration section <c>Suite:RabbitMq</c>.</summary>
public sealed class RabbitMqOptions
{
    public const string Section = "Suite:RabbitMq";

    public string Host { get; set; } = "127.0.0.1";

    /// <summary>When absent, 5672, or 5671 with <see cref="UseTls"/>.</summary>
    public int? Port { get; set; }

    public string VirtualHost { get; set; } = "/";
    public string Username { get; set; } = "guest";
    public string Password { get; set; } = "guest";

    /// <summary>Connect over TLS 1.2 or 1.3 (amqps), checking the broker's certificate against <see cref="Host"/>.</summary>
    public bool UseTls { get; set; }

    public int EffectivePort => Port ?? (UseTls ? 5671 : 5672);
}
