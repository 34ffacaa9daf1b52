namespace Suite.Contracts.Compliance;

/// <summary>Asks whether the deployment may change the cluster now.</summary>
public sealed record CheckComplianceWindow
{
    public Guid DeploymentId { get; init; }
    public string Application { get; init; } = "";
    public string Environment { get; init; } = "";
    public string? ComplianceProfile { get; init; }
    public DateTimeOffset RequestedAt { get; init; }

    /// <summary>The step about to start; null for the check before the deployment starts. Echoed in the answer.</summary>
    public int? StepIndex { get; init; }

    /// <summary>
    /// An emergency override is in force for this deployment: a closed window answers open, with
    /// <see cref="ComplianceWindowChecked.Overridden"/> set and the reason it would have been closed.
    /// </summary>
    public bool Overridden { get; init; }

    /// <summary>When this deployment first found the window closed; the answer's <see cref="ComplianceWindowChecked.GiveUpAt"/> counts from it.</summary>
    public DateTimeOffset? WaitingSince { get; init; }
}

/// <summary>The answer: open, or closed with why and (when known) when it reopens.</summary>
public sealed record ComplianceWindowChecked
{
    public Guid DeploymentId { get; init; }
    public bool IsOpen { get; init; }
    public string Profile { get; init; } = "";
    public string? Reason { get; init; }
    public DateTimeOffset? ReopensAt { get; init; }

    /// <summary>Closed for good (e.g. the profile does not exist): waiting would never help, so the deployment fails.</summary>
    public bool Permanent { get; init; }

    public DateTimeOffset CheckedAt { get; init; }

    /// <summary>The <see cref="CheckComplianceWindow.StepIndex"/> this answers.</summary>
    public int? StepIndex { get; init; }

    /// <summary>When open: when the open time next ends (null: not within the search horizon). A step should not start after it.</summary>
    public DateTimeOffset? ClosesAt { get; init; }

    /// <summary>
    /// When closed: when asking again makes sense. <see cref="ReopensAt"/> for a calendar; sooner for a
    /// blocking signal, which has no known end. Null when <see cref="Permanent"/>.
    /// </summary>
    public DateTimeOffset? RecheckAt { get; init; }

    /// <summary>Open only because an emergency override is in force; <see cref="OverriddenReason"/> says what it opened.</summary>
    public bool Overridden { get; init; }

    public string? OverriddenReason { get; init; }

    /// <summary>The profile allows emergency overrides (they always need an approver and a reason).</summary>
    public bool OverrideAllowed { get; init; }

    /// <summary>An override's approver must be someone other than the requester.</summary>
    public bool OverrideRequiresSecondPerson { get; init; }

    /// <summary>The deployment needs an <c>ApproveDeployment</c> from someone other than its requester before it starts.</summary>
    public bool RequiresApproval { get; init; }

    /// <summary>Why approval is required, e.g. "MiFID II / Dodd-Frank: a second person approves production changes".</summary>
    public string? ApprovalReason { get; init; }

    /// <summary>The compliance frameworks the profile serves, e.g. "HIPAA", "FDA 21 CFR Part 11".</summary>
    public IReadOnlyList<string> Frameworks { get; init; } = [];

    /// <summary>How long a deployment may wait for the window before it fails with the reason.</summary>
    public TimeSpan? MaxWait { get; init; }

    /// <summary>When closed: <see cref="CheckComplianceWindow.WaitingSince"/> (or <see cref="CheckedAt"/>) plus <see cref="MaxWait"/>.</summary>
    public DateTimeOffset? GiveUpAt { get; init; }
}
