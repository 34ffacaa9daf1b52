using System.Text;

namespace Suite.Notification.Tests.Support;

/// <summary>One request a <see cref="LoopbackReceiver"/> got, as the receiving service would see it.</summary>
internal sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public JsonNode Json => JsonNode.Parse(Text) ?? throw new InvalidOperationException("the body is JSON null");

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
