namespace Suite.Notification.Composing;

/// <summary>
/// What a <see cref="DeploymentWaitingForWindow"/> says: the saga uses it both for a closed compliance
/// window and, with a reason starting <c>awaiting approval:</c>, for a second person's approval.
/// </summary>
internal static class Waiting
{
    private const string ApprovalPrefix = DeploymentWaitingForWindow.ApprovalReasonPrefix;

    /// <summary>The text and reason of an approval wait; null when the event waits for a window.</summary>
    public static (string Text, string? Reason)? ForApproval(DeploymentWaitingForWindow e)
    {
        var reason = e.Reason.Trim();
        if (!reason.StartsWith(ApprovalPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var why = reason[ApprovalPrefix.Length..].Trim();
        var deadline = e.GiveUpAt is { } at ? $" Unless someone approves it by {Wording.Time(at)}, it fails." : "";
        var text = why.Length == 0 ? "A second person must approve it." : Wording.Sentence(why);
        return ($"{text}{Step(e.StepIndex)}{deadline}", why.Length == 0 ? null : why);
    }

    public static string ForWindow(DeploymentWaitingForWindow e)
    {
        var reopens = e.ReopensAt is { } at ? $"The window reopens at {Wording.Time(at)}." : "No reopening time is known.";
        var deadline = e.GiveUpAt is { } giveUp ? $" If the window is still closed at {Wording.Time(giveUp)}, the deployment fails." : "";
        return $"{Wording.Sentence(e.Reason)} {reopens}".TrimStart() + Step(e.StepIndex) + deadline;
    }

    private static string Step(int? index) => index is { } step ? $" It holds before step {step}." : "";
}
