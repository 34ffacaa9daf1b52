using System.Net.Http.Headers;
using System.Text;

namespace Suite.Notification.Channels;

/// <summary>A JSON request body whose bytes are exactly those given, so that a signature over them holds.</summary>
internal static class JsonBody
{
    public static ByteArrayContent Of(byte[] utf8)
    {
        var content = new ByteArrayContent(utf8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = Encoding.UTF8.WebName };
        return content;
    }

    public static ByteArrayContent Of(System.Text.Json.Nodes.JsonNode json) => Of(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
