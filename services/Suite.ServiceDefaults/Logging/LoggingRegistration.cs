using Microsoft.Extensions.Logging.Console;

namespace Suite.ServiceDefaults;

internal static class LoggingRegistration
{
    // One console format for every process: single lines with UTC timestamps, no colour codes,
    // so that logs captured to files read the same as a terminal.
    public static void AddSuiteLogging(this IHostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            options.ColorBehavior = LoggerColorBehavior.Disabled;
        });
    }
}
