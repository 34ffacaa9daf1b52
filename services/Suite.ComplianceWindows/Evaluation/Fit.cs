namespace Suite.ComplianceWindows.Evaluation;

/// <summary>The first start at which a deployment fits wholly inside open time, and when that open time ends (null: beyond the search horizon).</summary>
public sealed record Fit(DateTimeOffset Start, DateTimeOffset? OpenUntil);
