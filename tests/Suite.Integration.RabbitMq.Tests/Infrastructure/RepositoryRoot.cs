namespace Suite.Integration.RabbitMq.Tests.Infrastructure;

/// <summary>Finds the checkout the tests were built from, and the build configuration they were built in.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary><c>Debug</c> or <c>Release</c>: the folder name above this assembly's target framework folder.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar)).Parent?.Name ?? "Debug";

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Suite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Suite.sln above {AppContext.BaseDirectory}.");
    }
}
