using System.Text.Json;
using Suite.Host.Cli;
using Suite.Planning;
using Suite.Sagas.Deployments;

namespace Suite.Host.Planning;

/// <summary>
/// <c>suite plan</c>: the steps a deployment would take, for any strategy, without running anything. By
/// default it plans from a current version at the desired size (<c>--current-replicas 0</c> previews a
/// first deployment), so <c>suite plan -s Canary -r 10</c> alone shows a whole canary. A plan that
/// <c>suite deploy</c> would refuse (Recreate in production without <c>--accept-downtime</c>) says so.
/// </summary>
public static class PlanCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var application = new Option<string>("--application", "-a") { Description = "Application (Kubernetes name)", DefaultValueFactory = _ => "app" };
        var ns = new Option<string>("--namespace", "-n") { Description = "Kubernetes namespace", DefaultValueFactory = _ => "default" };
        var image = new Option<string?>("--image", "-i") { Description = "Image of the new version (default: APPLICATION:new)" };
        var strategy = new Option<string>("--strategy", "-s")
        {
            Description = string.Join(" | ", DeploymentStrategies.All), DefaultValueFactory = _ => DeploymentStrategies.Rolling,
        };
        var environment = new Option<string>("--environment", "-e") { Description = "Environment, e.g. production", DefaultValueFactory = _ => "production" };
        var replicas = new Option<int?>("--replicas", "-r") { Description = "Desired replicas (default: --current-replicas, or 1)" };
        var maxSurge = new Option<string?>("--max-surge") { Description = "Rolling: extra pods allowed, a count or a percentage (default 25%)" };
        var maxUnavailable = new Option<string?>("--max-unavailable") { Description = "Rolling: pods that may be unavailable, a count or a percentage (default 25%)" };
        var currentImage = new Option<string?>("--current-image") { Description = "The version serving now (default: APPLICATION:current)" };
        var currentReplicas = new Option<int?>("--current-replicas") { Description = "Ready pods of the current version (default: --replicas; 0 previews a first deployment)" };
        var json = new Option<bool>("--json") { Description = "Print the plan as JSON, as DeploymentPlanned carries it" };
        var acceptDowntime = new Option<bool>("--accept-downtime") { Description = "Recreate: allow its downtime in a production environment, as deploy's option does" };
        var strategyOptions = new StrategyOptions();

        var command = new Command("plan", "Print the steps of a deployment without running it: replicas, traffic, gates and pauses per step, availability and duration");
        foreach (var option in new Option[] { application, ns, image, strategy, environment, replicas, maxSurge, maxUnavailable })
        {
            command.Add(option);
        }

        strategyOptions.AddTo(command);
        command.Add(currentImage);
        command.Add(currentReplicas);
        command.Add(acceptDowntime);
        command.Add(json);
        command.SetAction(result =>
        {
            var app = result.GetValue(application) ?? "app";
            var request = strategyOptions.Apply(result, new DeploymentRequested
            {
                DeploymentId = Guid.NewGuid(),
                Application = app,
                Namespace = result.GetValue(ns) ?? "",
                Image = result.GetValue(image) ?? $"{app}:new",
                Strategy = result.GetValue(strategy) ?? "",
                Environment = result.GetValue(environment) ?? "",
                RequestedBy = "suite plan",
                Replicas = result.GetValue(replicas),
                MaxSurge = result.GetValue(maxSurge),
                MaxUnavailable = result.GetValue(maxUnavailable),
                AcceptDowntime = result.GetValue(acceptDowntime),
            });
            var invalid = DeploymentRequestValidation.Validate(request);
            if (invalid.Count > 0)
            {
                throw new CliException("cannot plan: " + string.Join("; ", invalid));
            }

            var current = result.GetValue(currentImage) ?? $"{app}:current";
            var currentCount = result.GetValue(currentReplicas) ?? request.Replicas ?? 1;
            var plan = DeploymentPlanner.Plan(PlanRequest.Input(request, currentCount > 0 ? current : null, currentCount));
            if (!plan.Succeeded)
            {
                throw new CliException("cannot plan: " + string.Join("; ", plan.Errors));
            }

            // What only Suite refuses (downtime in production, by the default policy) is shown with the plan rather than instead of it.
            var view = PlanView.From(plan, currentCount > 0 ? current : null, request.Image) with { DeployRefusals = RequestValidation.Validate(request) };
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(view, Json));
            }
            else
            {
                PlanView.Write(view);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
