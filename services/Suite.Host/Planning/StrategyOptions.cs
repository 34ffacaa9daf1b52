using Suite.Host.Cli;

namespace Suite.Host.Planning;

/// <summary>
/// The strategy options of a request on the command line (<c>--preset</c>, <c>--canary-steps</c>, <c>--header</c>, …),
/// read into the matching <see cref="DeploymentRequested"/> fields. Any command that builds a request can add them.
/// </summary>
public sealed class StrategyOptions
{
    public Option<string?> Preset { get; } = new("--preset")
    {
        Description = "Rolling: Conservative | Balanced | Aggressive | Adaptive (instead of --max-surge/--max-unavailable); Canary: Cautious",
    };

    public Option<string?> CanarySteps { get; } = new("--canary-steps")
    {
        Description = "Canary steps, e.g. \"setWeight:10,pause:30s,analysis,setWeight:50,pause,analysis\", or a JSON/YAML file of Argo-style steps",
    };

    public Option<string?> Header { get; } = new("--header") { Description = "ABTest: Name=Value; requests with this header go to the new version" };
    public Option<string?> Experiment { get; } = new("--experiment") { Description = "ABTest: how long the experiment runs, e.g. 30m (default: until promoted)" };
    public Option<bool> ManualPromotion { get; } = new("--manual-promotion") { Description = "BlueGreen: wait for 'suite promote' before switching traffic" };
    public Option<string?> PostPromotionWindow { get; } = new("--post-promotion-window") { Description = "BlueGreen: how long green is watched after the switch (default 60s)" };
    public Option<string?> ScaleDownDelay { get; } = new("--scale-down-delay") { Description = "BlueGreen: how long blue stays up after the switch (default 30s)" };
    public Option<string?> Stabilization { get; } = new("--stabilization") { Description = "Rolling/Recreate: wait after each batch before its gate (default 10s)" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Preset, CanarySteps, Header, Experiment, ManualPromotion, PostPromotionWindow, ScaleDownDelay, Stabilization })
        {
            command.Add(option);
        }
    }

    /// <summary><paramref name="request"/> with the options given; a malformed --header or --canary-steps is a <see cref="CliException"/>.</summary>
    public DeploymentRequested Apply(ParseResult result, DeploymentRequested request)
    {
        var manual = result.GetValue(ManualPromotion);
        var window = result.GetValue(PostPromotionWindow);
        var delay = result.GetValue(ScaleDownDelay);
        return request with
        {
            Preset = result.GetValue(Preset),
            CanarySteps = result.GetValue(CanarySteps) is { } steps ? CanaryStepsText.Read(steps) : null,
            HeaderRoute = result.GetValue(Header) is { } header ? ReadHeader(header) : null,
            ExperimentDuration = result.GetValue(Experiment),
            BlueGreen = manual || window is not null || delay is not null
                ? new BlueGreenOptions { AutoPromote = !manual, PostPromotionWindow = window, ScaleDownDelay = delay }
                : null,
            StabilizationWait = result.GetValue(Stabilization),
        };
    }

    private static HeaderRoute ReadHeader(string text)
    {
        var at = text.IndexOf('=', StringComparison.Ordinal);
        return at > 0
            ? new HeaderRoute { Name = text[..at].Trim(), Value = text[(at + 1)..].Trim() }
            : throw new CliException($"--header '{text}' is not Name=Value, e.g. X-Canary=always");
    }
}
