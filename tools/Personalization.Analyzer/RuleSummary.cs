namespace Personalization.Analyzer;

/// <summary>
/// A frequently-bought-together rule in the report, with product names.
/// </summary>
public sealed record RuleSummary(IReadOnlyList<string> If, string Then, int Orders, double Support, double Confidence, double Lift);
