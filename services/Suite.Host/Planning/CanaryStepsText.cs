using System.Globalization;
using System.Text.Json;
using Suite.Host.Cli;

namespace Suite.Host.Planning;

/// <summary>
/// Canary steps as people write them for <c>--canary-steps</c>: inline (<c>setWeight:10,pause:30s,pause,analysis</c>),
/// or the path of a file holding a JSON array of <see cref="CanaryStep"/> or the Argo Rollouts YAML list
/// (<c>- setWeight: 10</c>, <c>- pause: {duration: 30s}</c>, <c>- pause: {}</c>, <c>- analysis: {}</c>).
/// Malformed text is a <see cref="CliException"/> naming what is wrong.
/// </summary>
public static class CanaryStepsText
{
    public static IReadOnlyList<CanaryStep> Read(string text)
    {
        if (File.Exists(text))
        {
            var content = File.ReadAllText(text);
            return content.TrimStart().StartsWith('[') ? Json(content, text) : CanaryStepsYaml.Read(content, text);
        }

        return [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Inline)];
    }

    /// <summary>One step from its key and value (the value null when none was written).</summary>
    internal static CanaryStep Step(string key, string? value, string where)
    {
        switch (key.Trim().ToLowerInvariant())
        {
            case "setweight":
                return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var weight)
                    ? new CanaryStep { SetWeight = weight }
                    : throw new CliException($"--canary-steps: {where}: setWeight needs a whole percentage, not '{value}'");
            case "pause":
                return new CanaryStep { Pause = new CanaryPause { Duration = Duration(value) } };
            case "analysis":
                return new CanaryStep { Analysis = new CanaryAnalysis() };
            default:
                throw new CliException($"--canary-steps: {where}: unknown step '{key.Trim()}' (use setWeight, pause or analysis)");
        }
    }

    // Argo takes a bare number of seconds as a pause duration.
    private static string? Duration(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? value.Trim() + "s"
        : value.Trim();

    private static CanaryStep Inline(string part)
    {
        var at = part.IndexOf(':', StringComparison.Ordinal);
        return at < 0 ? Step(part, null, $"'{part}'") : Step(part[..at], part[(at + 1)..], $"'{part}'");
    }

    private static List<CanaryStep> Json(string content, string path)
    {
        try
        {
            return JsonSerializer.Deserialize<List<CanaryStep>>(content, JsonSerializerOptions.Web) ?? [];
        }
        catch (JsonException e)
        {
            throw new CliException($"--canary-steps: {path} is not a JSON array of steps: {e.Message}");
        }
    }
}
