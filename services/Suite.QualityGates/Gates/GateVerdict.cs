namespace Suite.QualityGates.Gates;

/// <summary>A gate's outcome and the one human line that says what was compared.</summary>
public sealed record GateVerdict(bool Passed, string Summary);
