using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Suite.Contracts;

/// <summary>
/// Reads a replica count as publishers outside .NET write it: <c>6</c>, <c>6.0</c>, <c>"6"</c> or
/// <c>"6.0"</c> (JavaScript and YAML tools do not keep integers apart from other numbers), and
/// refuses a fraction or anything else with an error that names the field; writes a JSON number.
/// </summary>
public sealed class ReplicasJsonConverter : JsonConverter<int?>
{
    public override bool HandleNull => true;

    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number when reader.TryGetInt32(out var whole) => whole,
            JsonTokenType.Number when reader.TryGetDouble(out var number) => WholeNumber(number),
            JsonTokenType.String when reader.GetString() is { } text
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => WholeNumber(number),
            JsonTokenType.String => throw Refuse($"\"{reader.GetString()}\""),
            var other => throw Refuse(other.ToString()),
        };

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is { } replicas)
        {
            writer.WriteNumberValue(replicas);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static int WholeNumber(double value) =>
        double.IsFinite(value) && Math.Floor(value) == value && value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw Refuse(value.ToString(CultureInfo.InvariantCulture));

    private static JsonException Refuse(string written) => new($"replicas must be a whole number, got {written}");
}
