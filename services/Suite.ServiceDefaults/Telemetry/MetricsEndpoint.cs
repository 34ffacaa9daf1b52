using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Suite.ServiceDefaults;

internal static class MetricsEndpoint
{
    public static void MapMetricsEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet("/metrics", (IMetricsScrapeSource source) => Results.Text(source.Scrape(), source.ContentType))
            .ExcludeFromDescription();
}
