using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Suite.Cluster.Kubernetes;

/// <summary>Kubernetes writes <c>metav1.Time</c> to the second, in UTC, with a <c>Z</c>; any ISO 8601 time reads.</summary>
internal sealed class KubernetesTimeJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString() ?? "", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
}
