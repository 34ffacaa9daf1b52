using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Suite.Contracts;

/// <summary>
/// Reads maxSurge / maxUnavailable as Kubernetes manifests write them, a JSON number (<c>1</c>)
/// or a string (<c>"25%"</c>), and always writes a string.
/// </summary>
public sealed class IntOrPercentJsonConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number when reader.TryGetInt64(out var n) => n.ToString(CultureInfo.InvariantCulture),
            JsonTokenType.Number => reader.GetDouble().ToString(CultureInfo.InvariantCulture),
            _ => throw new JsonException($"expected a number or a string like \"25%\", found {reader.TokenType}"),
        };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
