namespace Suite.Cluster.Simulated;

/// <summary>A label selector of equality requirements (<c>k=v,k==v</c>), the part of the syntax Suite sends.</summary>
internal sealed class LabelSelector
{
    private readonly List<KeyValuePair<string, string>> _requirements;

    private LabelSelector(List<KeyValuePair<string, string>> requirements) => _requirements = requirements;

    public static bool TryParse(string? text, out LabelSelector selector, out string? error)
    {
        selector = new LabelSelector([]);
        error = null;
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var at = part.IndexOf('=', StringComparison.Ordinal);
            var key = at > 0 ? part[..at].Trim() : "";
            var value = at > 0 ? part[(at + 1)..].TrimStart('=').Trim() : "";
            if (key.Length == 0 || key.EndsWith('!') || value.Contains('=', StringComparison.Ordinal))
            {
                error = $"unable to parse requirement: \"{part}\": the simulator supports equality requirements (key=value) only";
                return false;
            }

            selector._requirements.Add(new(key, value));
        }

        return true;
    }

    public bool Matches(IReadOnlyDictionary<string, string>? labels) =>
        _requirements.All(r => labels is not null && labels.TryGetValue(r.Key, out var value) && value == r.Value);
}
