using YamlDotNet.RepresentationModel;

namespace Suite.ComplianceWindows.Calendars;

/// <summary>
/// The keys of one mapping in a profile file, read with their lines: a value that cannot be read, a
/// missing required key or a key nobody asked for (a typo) becomes a problem at its line.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode _map;
    private readonly ProblemLog _problems;
    private readonly HashSet<string> _asked = new(StringComparer.OrdinalIgnoreCase);

    public YamlFields(YamlNode node, ProblemLog problems, string what)
    {
        _problems = problems;
        What = what;
        Node = node;
        if (node is YamlMappingNode map)
        {
            _map = map;
        }
        else
        {
            problems.Add(node, $"{what} must be a mapping of keys to values");
            _map = new YamlMappingNode();
        }
    }

    public string What { get; set; }

    public YamlNode Node { get; }

    public YamlNode? Get(string key)
    {
        _asked.Add(key);
        return _map.Children.FirstOrDefault(c => c.Key is YamlScalarNode k && string.Equals(k.Value, key, StringComparison.OrdinalIgnoreCase)).Value;
    }

    public string? Text(string key, bool required = false)
    {
        switch (Get(key))
        {
            case null:
                if (required)
                {
                    Needs($"'{key}'");
                }

                return null;
            case YamlScalarNode { Value: { } value } when !string.IsNullOrWhiteSpace(value):
                return value.Trim();
            case YamlScalarNode node:
                if (required)
                {
                    _problems.Add(node, $"{What}: '{key}' is empty");
                }

                return null;
            case var node:
                _problems.Add(node, $"{What}: '{key}' must be a single value");
                return null;
        }
    }

    /// <summary>The value of <paramref name="key"/> read by <paramref name="parse"/>; a value it refuses is a problem naming <paramref name="expected"/>.</summary>
    public T? Read<T>(string key, TryParse<T> parse, string expected, bool required = false)
        where T : struct
    {
        if (Text(key, required) is not { } text)
        {
            return null;
        }

        if (parse(text, out var value))
        {
            return value;
        }

        _problems.Add(Get(key)!, $"{What}: '{key}' is '{text}', which is not {expected}");
        return null;
    }

    /// <summary>The items of a list (a single value counts as a list of one).</summary>
    public IReadOnlyList<YamlNode> List(string key) => Get(key) switch
    {
        null => [],
        YamlSequenceNode sequence => [.. sequence.Children],
        YamlScalarNode scalar => [scalar],
        var node => Refused(node, $"{What}: '{key}' must be a list"),
    };

    public IReadOnlyList<string> Strings(string key)
    {
        var strings = new List<string>();
        foreach (var item in List(key))
        {
            if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                strings.Add(value.Trim());
            }
            else
            {
                _problems.Add(item, $"{What}: each item of '{key}' must be a single, non-empty value");
            }
        }

        return strings;
    }

    public void Problem(string message) => _problems.Add(Node, $"{What}: {message}");

    /// <summary>E.g. "closed 'open' needs 'from'", at the line where the mapping starts.</summary>
    public void Needs(string what) => _problems.Add(Node, $"{What} needs {what}");

    public void Problem(string key, string message) => _problems.Add(Get(key) ?? Node, $"{What}: {message}");

    /// <summary>Call after reading: every key nobody asked for is a problem (most are typos).</summary>
    public void RefuseUnknownKeys()
    {
        foreach (var key in _map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (!_asked.Contains(name))
            {
                _problems.Add(key, $"{What}: unknown key '{name}' (known: {string.Join(", ", _asked)})");
            }
        }
    }

    private List<YamlNode> Refused(YamlNode node, string message)
    {
        _problems.Add(node, message);
        return [];
    }
}
