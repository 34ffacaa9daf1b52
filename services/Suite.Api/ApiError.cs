namespace Suite.Api;

/// <summary>The body of every error the API answers with: one line, and each reason when there are several.</summary>
public sealed record ApiError(string Error, IReadOnlyList<string>? Errors = null);
