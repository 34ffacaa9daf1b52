namespace Suite.Host.Display;

/// <summary>
/// Shows deployments live until each has ended: progress bars on a terminal, a line per change
/// when the output is a file or a pipe. A query that fails (a timeout, a broker reconnecting)
/// is asked again at the next poll: a long deployment outlives a passing hiccup, and only
/// <see cref="MaxConsecutiveFailures"/> failures in a row for one deployment end the follow,
/// with the last failure.
/// </summary>
public sealed class DeploymentFollower(Func<Guid, CancellationToken, Task<DeploymentStateReport>> query, TimeSpan poll)
{
    public const int MaxConsecutiveFailures = 5;

    private readonly Dictionary<Guid, int> _failures = [];

    /// <summary>Extra words after a deployment's line, e.g. the simulated cluster's pods.</summary>
    public Func<DeploymentStateReport, string>? Detail { get; init; }

    public async Task<IReadOnlyDictionary<Guid, DeploymentStateReport>> Follow(IReadOnlyList<(Guid Id, string Label)> deployments, CancellationToken cancellationToken)
    {
        var last = new Dictionary<Guid, DeploymentStateReport>();
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            await FollowAsLines(deployments, last, cancellationToken);
            return last;
        }

        await AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var tasks = deployments.ToDictionary(d => d.Id, d => progress.AddTask(Markup.Escape(d.Label), maxValue: 1));
                while (!cancellationToken.IsCancellationRequested && tasks.Values.Any(t => !t.IsFinished))
                {
                    foreach (var (id, label) in deployments.Where(d => !tasks[d.Id].IsFinished))
                    {
                        if (await Ask(id, cancellationToken) is not { } report)
                        {
                            tasks[id].Description = $"{Markup.Escape(label)} [yellow]{Markup.Escape(NoAnswer(id))}[/]";
                            continue;
                        }

                        last[id] = report;
                        var task = tasks[id];
                        task.MaxValue = Math.Max(1, report.TotalSteps);
                        task.Value = report.State == "Succeeded" ? task.MaxValue : report.Step;
                        task.Description = $"{Markup.Escape(label)} {ReportView.StateMarkup(report.State)} " +
                            Markup.Escape($"step {report.Step}/{report.TotalSteps}, {ReportView.Weight(report.NewVersionWeight)} on new{Extra(report)}");
                        if (report.IsTerminal)
                        {
                            task.StopTask();
                        }
                    }

                    await Task.Delay(poll, cancellationToken);
                }
            });
        return last;
    }

    private async Task FollowAsLines(IReadOnlyList<(Guid Id, string Label)> deployments, Dictionary<Guid, DeploymentStateReport> last, CancellationToken cancellationToken)
    {
        var shown = new Dictionary<Guid, string>();
        while (!cancellationToken.IsCancellationRequested && deployments.Any(d => !last.TryGetValue(d.Id, out var r) || !r.IsTerminal))
        {
            foreach (var (id, label) in deployments.Where(d => !last.TryGetValue(d.Id, out var r) || !r.IsTerminal))
            {
                if (await Ask(id, cancellationToken) is not { } report)
                {
                    AnsiConsole.WriteLine($"{label}: {NoAnswer(id)}");
                    shown.Remove(id);
                    continue;
                }

                last[id] = report;
                var line = $"{label}: {ReportView.Line(report)}{Extra(report)}";
                if (shown.GetValueOrDefault(id) != line)
                {
                    shown[id] = line;
                    AnsiConsole.WriteLine(line);
                }
            }

            await Task.Delay(poll, cancellationToken);
        }
    }

    /// <summary>The deployment's state, or null after a failure that may pass; rethrows the one that makes failures too many in a row.</summary>
    private async Task<DeploymentStateReport?> Ask(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var report = await query(id, cancellationToken);
            _failures.Remove(id);
            return report;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            var failures = _failures[id] = _failures.GetValueOrDefault(id) + 1;
            if (failures >= MaxConsecutiveFailures)
            {
                throw;
            }

            return null;
        }
    }

    private string NoAnswer(Guid id) => $"no answer ({_failures[id]} of {MaxConsecutiveFailures} in a row); asking again";

    private string Extra(DeploymentStateReport report) => Detail is null ? "" : ", " + Detail(report);
}
