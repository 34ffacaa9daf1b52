global using Suite.ComplianceWindows.Calendars;
global using Suite.ComplianceWindows.Evaluation;
global using Suite.ComplianceWindows.Profiles;
global using Suite.ComplianceWindows.Signals;
global using Suite.Compliance.Tests.Support;
