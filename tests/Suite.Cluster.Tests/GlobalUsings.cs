global using System.Net;
global using System.Text.Json.Nodes;
global using Suite.Cluster.Kubernetes;
global using Suite.Cluster.Simulated;
global using Suite.Testing;
