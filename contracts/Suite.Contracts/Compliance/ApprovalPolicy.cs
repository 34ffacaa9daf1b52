namespace Suite.Contracts.Compliance;

/// <summary>
/// Who may approve a deployment or override its compliance window. The saga applies it with the
/// override rules of the last <see cref="ComplianceWindowChecked"/>; it lives with the contracts so
/// that a publisher (the CLI, a pipeline) can tell a person before sending what the saga would refuse.
/// </summary>
public static class ApprovalPolicy
{
    /// <summary>People are the same when their names are, trimmed and ignoring case.</summary>
    public static bool SamePerson(string? one, string? other) =>
        string.Equals(one?.Trim(), other?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>An approval needs an approver and a reason, and the approver is not the requester.</summary>
    public static ApprovalCheck CheckApproval(string? requestedBy, string? approver, string? reason)
    {
        if (Missing(approver, reason) is { } missing)
        {
            return ApprovalCheck.Refuse($"an approval needs {missing}");
        }

        return SamePerson(requestedBy, approver)
            ? ApprovalCheck.Refuse($"'{approver!.Trim()}' requested this deployment and cannot approve it: a second person must")
            : ApprovalCheck.Accept;
    }

    /// <summary>
    /// An emergency override needs the profile to allow overrides, an approver and a reason; where the
    /// profile asks for a second person, the approver is not the requester.
    /// </summary>
    public static ApprovalCheck CheckOverride(bool allowed, bool secondPerson, string? requestedBy, string? approver, string? reason)
    {
        if (!allowed)
        {
            return ApprovalCheck.Refuse("the compliance profile does not allow emergency overrides");
        }

        if (Missing(approver, reason) is { } missing)
        {
            return ApprovalCheck.Refuse($"an emergency override needs {missing}");
        }

        return secondPerson && SamePerson(requestedBy, approver)
            ? ApprovalCheck.Refuse($"'{approver!.Trim()}' requested this deployment and cannot override its window: a second person must")
            : ApprovalCheck.Accept;
    }

    /// <summary>What an approval or override lacks ("an approver", "a reason", or both); null when it has both.</summary>
    public static string? Missing(string? approver, string? reason) => (string.IsNullOrWhiteSpace(approver), string.IsNullOrWhiteSpace(reason)) switch
    {
        (true, true) => "an approver and a reason",
        (true, false) => "an approver",
        (false, true) => "a reason",
        _ => null,
    };
}
