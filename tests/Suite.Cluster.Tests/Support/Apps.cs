namespace Suite.Cluster.Tests;

internal static class Apps
{
    public static readonly WorkloadRef Shop = new("shop", "shop");
    public const string V1 = "registry.example/shop:v1";
    public const string V2 = "registry.example/shop:v2";
}
