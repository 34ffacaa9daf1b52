using Suite.Host.Cli;

namespace Suite.Host.Planning;

/// <summary>
/// The part of YAML an Argo Rollouts canary step list uses: a list of one-key maps, optionally under a
/// <c>steps:</c> key, with a pause's duration inline (<c>{duration: 30s}</c>) or on the next, deeper line.
/// Anything else under a step (an analysis template, say) is read past.
/// </summary>
internal static class CanaryStepsYaml
{
    public static List<CanaryStep> Read(string content, string path)
    {
        var steps = new List<CanaryStep>();
        var lines = content.Split('\n');
        int? listIndent = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = StripComment(lines[i]).TrimEnd();
            var trimmed = line.TrimStart();
            var indent = line.Length - trimmed.Length;

            // The first item sets the list's indentation; deeper items belong to a step (an analysis's templates).
            if (!trimmed.StartsWith("- ", StringComparison.Ordinal) || indent > (listIndent ??= indent))
            {
                continue;
            }

            var where = $"{path} line {i + 1}";
            var item = trimmed[2..].Trim();
            var colon = item.IndexOf(':', StringComparison.Ordinal);
            var key = colon < 0 ? item : item[..colon];
            var value = colon < 0 ? "" : item[(colon + 1)..].Trim();
            if (key.Trim().Equals("pause", StringComparison.OrdinalIgnoreCase))
            {
                value = value.StartsWith('{') ? Duration(value.Trim('{', '}'))
                    : value.Length > 0 ? value
                    : NestedDuration(lines, i, indent);
            }

            steps.Add(CanaryStepsText.Step(key, value.Length == 0 ? null : value, where));
        }

        return steps.Count > 0 ? steps : throw new CliException($"--canary-steps: {path} holds no step ('- setWeight: 10', '- pause: {{duration: 30s}}', '- analysis: {{}}')");
    }

    private static string Duration(string map)
    {
        foreach (var pair in map.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && pair[..colon].Trim() == "duration")
            {
                return pair[(colon + 1)..].Trim().Trim('"', '\'');
            }
        }

        return "";
    }

    // "- pause:" followed by deeper lines, one of which may be "duration: 30s".
    private static string NestedDuration(string[] lines, int at, int indent)
    {
        for (var j = at + 1; j < lines.Length; j++)
        {
            var line = StripComment(lines[j]).TrimEnd();
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (line.Length - line.TrimStart().Length <= indent)
            {
                break;
            }

            var found = Duration(line.Trim());
            if (found.Length > 0)
            {
                return found;
            }
        }

        return "";
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }
}
