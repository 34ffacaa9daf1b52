namespace Suite.Contracts;

/// <summary>Requests whose header <see cref="Name"/> equals <see cref="Value"/> go to the new version.</summary>
public sealed record HeaderRoute
{
    public string Name { get; init; } = "";
    public string Value { get; init; } = "";
}
