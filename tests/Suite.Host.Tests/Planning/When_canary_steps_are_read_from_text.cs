using Suite.Contracts;
using Suite.Host.Cli;
using Suite.Host.Planning;

namespace Suite.Host.Tests.Planning;

public sealed class When_canary_steps_are_read_from_text : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("suite-canary-steps-").FullName;

    private static readonly CanaryStep[] Expected =
    [
        new() { SetWeight = 10 },
        new() { Pause = new CanaryPause { Duration = "30s" } },
        new() { Analysis = new CanaryAnalysis() },
        new() { SetWeight = 50 },
        new() { Pause = new CanaryPause() },
        new() { Pause = new CanaryPause { Duration = "1h" } },
    ];

    [Fact]
    public void Should_read_the_inline_form()
    {
        Assert.Equal(Texts(Expected), Texts(CanaryStepsText.Read("setWeight:10, pause:30s ,analysis,SETWEIGHT:50,pause,pause:1h")));
    }

    [Fact]
    public void Should_read_a_json_file_of_steps()
    {
        var path = Write("steps.json", """
            [{"setWeight": 10}, {"pause": {"duration": "30s"}}, {"analysis": {}}, {"setWeight": 50}, {"pause": {}}, {"pause": {"duration": "1h"}}]
            """);

        Assert.Equal(Texts(Expected), Texts(CanaryStepsText.Read(path)));
    }

    [Fact]
    public void Should_read_the_argo_rollouts_yaml_list()
    {
        var path = Write("steps.yaml", """
            # from our Rollout
            steps:
            - setWeight: 10
            - pause: {duration: 30}
            - analysis:
                templates:
                - templateName: success-rate
            - setWeight: 50
            - pause: {}
            - pause:
                duration: 1h
            """);

        Assert.Equal(Texts(Expected), Texts(CanaryStepsText.Read(path)));
    }

    [Fact]
    public void Should_name_the_line_of_a_step_it_cannot_read()
    {
        var path = Write("bad.yaml", "- setWeight: ten\n");

        var refused = Assert.Throws<CliException>(() => CanaryStepsText.Read(path));

        Assert.Equal($"--canary-steps: {path} line 1: setWeight needs a whole percentage, not 'ten'", refused.Message);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    // Records with nested records compare by value, but a list of them does not; their text does.
    private static string[] Texts(IEnumerable<CanaryStep> steps) =>
        [.. steps.Select(s => $"{s.SetWeight}|{s.Pause?.Duration ?? (s.Pause is null ? "-" : "∞")}|{s.Analysis is not null}")];
}
