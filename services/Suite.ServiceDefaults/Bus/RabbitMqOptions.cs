namespace Suite.ServiceDefaults;

/// <summary>Where the broker is: configuration section <c>Suite:RabbitMq</c>.</summary>
public sealed class RabbitMqOptions
{
    public const string Section = "Suite:RabbitMq";

    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 5672;
    public string VirtualHost { get; set; } = "/";
    public string Username { get; set; } = "guest";
    public string Password { get; set; } = "guest";
}
