using System.Text.Json;
using Suite.Host.Cli;
using Suite.Planning;
using Suite.Sagas.Deployments;

namespace Suite.Host.Planning;

/// <summary><c>suite plan</c>: the steps a deployment would take, without running anything.</summary>
public static class PlanCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var request = new RequestOptions();
        var currentImage = new Option<string?>("--current-image") { Description = "The version serving now (default: none, a first deployment)" };
        var currentReplicas = new Option<int?>("--current-replicas") { Description = "Ready pods of the current version (default: --replicas)" };
        var json = new Option<bool>("--json") { Description = "Print JSON for machines" };
        var command = new Command("plan", "Print the steps of a deployment without running it: replicas of each version, availability and pod count per step");
        request.AddTo(command);
        command.Add(currentImage);
        command.Add(currentReplicas);
        command.Add(json);
        command.SetAction(result =>
        {
            var message = request.Read(result, Guid.NewGuid(), default);
            var invalid = RequestValidation.Validate(message);
            if (invalid.Count > 0)
            {
                throw new CliException("cannot plan: " + string.Join("; ", invalid));
            }

            var current = result.GetValue(currentImage);
            var plan = DeploymentPlanner.Plan(new PlanInput
            {
                Strategy = message.Strategy, Replicas = message.Replicas, MaxSurge = message.MaxSurge, MaxUnavailable = message.MaxUnavailable,
                Image = message.Image, CurrentImage = current,
                CurrentReplicas = current is null ? 0 : result.GetValue(currentReplicas) ?? message.Replicas ?? 1,
            });
            if (!plan.Succeeded)
            {
                throw new CliException("cannot plan: " + string.Join("; ", plan.Errors));
            }

            var view = PlanView.From(plan, current, message.Image);
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
