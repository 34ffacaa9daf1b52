using Suite.ComplianceWindows.Evaluation;
using Suite.ComplianceWindows.Profiles;
using Suite.ComplianceWindows.Signals;

namespace Suite.ComplianceWindows;

/// <summary>
/// Answers whether a deployment may change the cluster now under its compliance profile, judging the
/// profile's calendar and the latest signals. An unknown profile is answered as closed for good
/// (<see cref="ComplianceWindowChecked.Permanent"/>), so the saga fails the deployment rather than
/// waiting for a window that cannot open. The answer depends only on the clock and the signals, so a
/// redelivered check is answered alike.
/// </summary>
public sealed partial class CheckComplianceWindowConsumer(
    ProfileCatalogSource catalogs, ISignalStore signals, TimeProvider time, ILogger<CheckComplianceWindowConsumer> logger)
    : IConsumer<CheckComplianceWindow>
{
    public async Task Consume(ConsumeContext<CheckComplianceWindow> context)
    {
        var request = context.Message;
        var now = time.GetUtcNow();
        var name = string.IsNullOrWhiteSpace(request.ComplianceProfile) ? ComplianceOptions.DefaultProfile : request.ComplianceProfile.Trim();
        var profile = catalogs.Current.Find(name);
        if (profile is null)
        {
            LogClosed(request.DeploymentId, name, $"unknown compliance profile '{name}'", null);
            await context.Publish(ComplianceAnswer.UnknownProfile(request, name, now));
            return;
        }

        var decision = ComplianceEvaluator.Evaluate(profile, now, await signals.SnapshotAsync(context.CancellationToken), new DeploymentContext(request.Environment, request.Overridden));
        if (decision.Overridden)
        {
            LogOverridden(request.DeploymentId, name, decision.OverriddenReason);
        }
        else if (decision.IsOpen)
        {
            LogOpen(request.DeploymentId, name);
        }
        else
        {
            LogClosed(request.DeploymentId, name, decision.Reason, decision.ReopensAt);
        }

        await context.Publish(ComplianceAnswer.From(request, name, profile, decision, now));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deployment {DeploymentId}: compliance window of {Profile} is open")]
    private partial void LogOpen(Guid deploymentId, string profile);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Deployment {DeploymentId}: compliance window of {Profile} is closed ({Reason}); reopens at {ReopensAt}")]
    private partial void LogClosed(Guid deploymentId, string profile, string? reason, DateTimeOffset? reopensAt);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Deployment {DeploymentId}: compliance window of {Profile} is closed ({Reason}) and open only by an emergency override")]
    private partial void LogOverridden(Guid deploymentId, string profile, string? reason);
}
