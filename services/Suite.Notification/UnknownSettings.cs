using System.Globalization;
using System.Reflection;

namespace Suite.Notification;

/// <summary>
/// Finds the keys under a configuration section that the options type it binds to has no place for,
/// such as a misspelt <c>Urll</c>, which the binder would silently ignore. Dictionaries take any key,
/// lists take indices; a scalar has no keys under it. Reports keys only, never values.
/// </summary>
internal static class UnknownSettings
{
    public static IEnumerable<(string Key, string Expected)> Under(IConfigurationSection section, Type type)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(type);
        return Within(section, type);
    }

    private static IEnumerable<(string, string)> Within(IConfigurationSection section, Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (IsScalar(type))
        {
            return section.GetChildren().Select(child => (child.Path, "no setting under it (it is a single value)"));
        }

        if (ElementOf(type, typeof(Dictionary<,>), 1) is { } value)
        {
            return section.GetChildren().SelectMany(child => Within(child, value));
        }

        if (ElementOf(type, typeof(List<>), 0) is { } item)
        {
            return section.GetChildren().SelectMany(child => int.TryParse(child.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                ? Within(child, item)
                : [(child.Path, "an index (0, 1, …): it is a list")]);
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToList();
        var expected = "one of " + string.Join(", ", properties.Select(p => p.Name));
        return section.GetChildren().SelectMany(child =>
            properties.FirstOrDefault(p => string.Equals(p.Name, child.Key, StringComparison.OrdinalIgnoreCase)) is { } property
                ? Within(child, property.PropertyType)
                : [(child.Path, expected)]);
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Guid) || type == typeof(Uri);

    private static Type? ElementOf(Type type, Type generic, int argument) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == generic ? type.GetGenericArguments()[argument] : null;
}
