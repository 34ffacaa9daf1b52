using Suite.ComplianceWindows.Profiles;
using Suite.ComplianceWindows.Windows;

namespace Suite.ComplianceWindows;

/// <summary>
/// Answers whether a deployment may change the cluster now under its compliance profile. An
/// unknown profile is answered as closed for good (<see cref="ComplianceWindowChecked.Permanent"/>),
/// so the saga fails the deployment rather than waiting for a window that cannot open.
/// </summary>
public sealed partial class CheckComplianceWindowConsumer(
    IOptionsMonitor<ComplianceOptions> options, TimeProvider time, ILogger<CheckComplianceWindowConsumer> logger)
    : IConsumer<CheckComplianceWindow>
{
    public async Task Consume(ConsumeContext<CheckComplianceWindow> context)
    {
        var request = context.Message;
        var now = time.GetUtcNow();
        var name = string.IsNullOrWhiteSpace(request.ComplianceProfile) ? ComplianceOptions.DefaultProfile : request.ComplianceProfile.Trim();
        var profile = options.CurrentValue.Find(name);
        var decision = profile is null
            ? WindowDecision.Closed($"unknown compliance profile '{name}'", null)
            : WindowEvaluator.Evaluate(profile, now);

        if (decision.IsOpen)
        {
            LogOpen(request.DeploymentId, name);
        }
        else
        {
            LogClosed(request.DeploymentId, name, decision.Reason, decision.ReopensAt);
        }

        await context.Publish(new ComplianceWindowChecked
        {
            DeploymentId = request.DeploymentId,
            IsOpen = decision.IsOpen,
            Profile = name,
            Reason = decision.Reason,
            ReopensAt = decision.ReopensAt,
            Permanent = profile is null,
            CheckedAt = now,
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deployment {DeploymentId}: compliance window of {Profile} is open")]
    private partial void LogOpen(Guid deploymentId, string profile);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Deployment {DeploymentId}: compliance window of {Profile} is closed ({Reason}); reopens at {ReopensAt}")]
    private partial void LogClosed(Guid deploymentId, string profile, string? reason, DateTimeOffset? reopensAt);
}
