using System.Text.RegularExpressions;

namespace Suite.Notification.Routing;

/// <summary>A name or a pattern of it: <c>*</c> stands for any run of characters, <c>?</c> for one; case is ignored.</summary>
internal sealed class Glob
{
    private readonly Regex _pattern;

    public Glob(string pattern)
    {
        var body = Regex.Escape(pattern.Trim()).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal);
        _pattern = new Regex($"^{body}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public bool Matches(string value) => _pattern.IsMatch(value);
}
