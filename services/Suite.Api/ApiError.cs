namespace Suite.Api;

/// <summary>The body of every error the API answers with: one line.</summary>
public sealed record ApiError(string Error);
