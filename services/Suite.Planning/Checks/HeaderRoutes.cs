namespace Suite.Planning.Checks;

/// <summary>A header route must name a real HTTP header (an RFC 9110 token) and a value a request can carry.</summary>
internal static class HeaderRoutes
{
    private const string TokenSymbols = "!#$%&'*+-.^_`|~";

    public static void Check(HeaderRoute route, List<string> errors)
    {
        if (string.IsNullOrEmpty(route.Name) || !route.Name.All(c => char.IsAsciiLetterOrDigit(c) || TokenSymbols.Contains(c)))
        {
            errors.Add($"header route name '{route.Name}' is not an HTTP header name (letters, digits and {TokenSymbols})");
        }

        if (string.IsNullOrEmpty(route.Value) || route.Value.Any(char.IsControl) || route.Value.Trim() != route.Value)
        {
            errors.Add($"header route value '{route.Value}' must be non-empty, without control characters or surrounding spaces");
        }
    }
}
