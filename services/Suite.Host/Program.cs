using Suite.Host.Cli;

namespace Suite.Host;

public static class Program
{
    public static Task<int> Main(string[] args) => SuiteCli.Run(args);
}
