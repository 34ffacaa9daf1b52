using System.Text.Json;
using Suite.ComplianceWindows.Evaluation;
using Suite.Host.Cli;

namespace Suite.Host.Windows;

/// <summary>
/// <c>suite windows check</c> and <c>suite windows next</c>: a compliance profile's calendar evaluated
/// here, as the ComplianceWindows service does, without a bus. Signals are the service's to judge.
/// </summary>
public static class WindowsCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create() => new("windows", "Compliance windows: is a profile open, and when does a deployment fit")
    {
        Check(),
        Next(),
    };

    private static Command Check()
    {
        var (profile, profiles, json) = Common();
        var at = new Option<string?>("--at") { Description = "When (default now): 2026-11-23T09:35:00-05:00 or \"2026-11-23 09:35 America/New_York\"" };
        var environment = new Option<string>("--environment", "-e") { Description = "Environment deployed to, for approvals", DefaultValueFactory = _ => "production" };
        var command = new Command("check", "Print whether a profile's window is open, why not, and when it reopens") { profile, at, environment, profiles, json };
        command.SetAction(result =>
        {
            var calendar = WindowProfiles.Find(result.GetValue(profile)!, result.GetValue(profiles));
            var when = WindowTime.Parse(result.GetValue(at), "--at", TimeProvider.System.GetUtcNow());
            var env = result.GetValue(environment) ?? "";
            var decision = ComplianceEvaluator.Evaluate(calendar, when, null, new DeploymentContext(env));
            var view = WindowCheckView.From(calendar, when, env, decision);
            Print(view, result.GetValue(json), () => view.Write(calendar.TimeZone));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Next()
    {
        var (profile, profiles, json) = Common();
        var duration = new Option<string>("--duration", "-d") { Description = "How long the deployment takes: 45m, 1h30m", Required = true };
        var after = new Option<string?>("--after") { Description = "Earliest start (default now), written as --at of check" };
        var command = new Command("next", "Print the first start at which a deployment of a given length fits wholly inside open time") { profile, duration, after, profiles, json };
        command.SetAction(result =>
        {
            var calendar = WindowProfiles.Find(result.GetValue(profile)!, result.GetValue(profiles));
            var text = result.GetValue(duration);
            if (!DurationText.TryParse(text, out var length) || length <= TimeSpan.Zero || length > ComplianceEvaluator.SearchHorizon)
            {
                throw new CliException($"--duration '{text}' is not a duration between 1s and {ComplianceEvaluator.SearchHorizon.TotalDays:0} days, such as 45m or 1h30m");
            }

            var from = WindowTime.Parse(result.GetValue(after), "--after", TimeProvider.System.GetUtcNow());
            var fit = ComplianceEvaluator.NextFit(calendar, length, from) ?? throw new CliException(
                $"{calendar.Name}: no open time of {DurationText.Format(length)} within {ComplianceEvaluator.SearchHorizon.TotalDays:0} days after {WindowTime.Show(from, calendar.TimeZone)}");
            var view = new WindowFitView(calendar.Name, DurationText.Format(length), from, calendar.TimeZone.Id, fit.Start, fit.OpenUntil);
            Print(view, result.GetValue(json), () => view.Write(calendar.TimeZone));
            return ExitCodes.Success;
        });
        return command;
    }

    private static (Option<string> Profile, Option<string?> Profiles, Option<bool> Json) Common() => (
        new Option<string>("--profile", "-p") { Description = "Compliance profile: us-equities, clinical, default, or one in --profiles", Required = true },
        new Option<string?>("--profiles") { Description = $"Directory of more profile files (default: ${WindowProfiles.PathVariable})" },
        new Option<bool>("--json") { Description = "Print JSON for machines" });

    private static void Print<T>(T view, bool json, Action write)
    {
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(view, Json));
        }
        else
        {
            write();
        }
    }
}
