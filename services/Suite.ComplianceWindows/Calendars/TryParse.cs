namespace Suite.ComplianceWindows.Calendars;

/// <summary>Reads a value from its text, as the <c>TryParse</c> methods of .NET do.</summary>
internal delegate bool TryParse<T>(string text, out T value);
