namespace Suite.Notification.Channels;

/// <summary>Reads a channel's <c>Type</c>: one of the <see cref="ChannelKind"/> names, in any case (never a number).</summary>
internal static class ChannelKinds
{
    public static string Names { get; } = string.Join(", ", Enum.GetNames<ChannelKind>());

    public static bool TryParse(string? type, out ChannelKind kind)
    {
        kind = default;
        var name = Enum.GetNames<ChannelKind>().FirstOrDefault(n => string.Equals(n, type?.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null && Enum.TryParse(name, out kind);
    }
}
