global using System.Net;
global using System.Text.Json.Nodes;
global using Suite.Contracts;
global using Suite.Notification.Tests.Support;
global using Suite.Testing;
