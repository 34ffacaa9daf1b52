namespace Suite.Contracts.Compliance;

/// <summary>An approval or override accepted, or refused with the reason told to whoever sent it.</summary>
public sealed record ApprovalCheck(bool Accepted, string? Refusal)
{
    public static ApprovalCheck Accept { get; } = new(true, null);

    public static ApprovalCheck Refuse(string refusal) => new(false, refusal);
}
