namespace Personalization.Engine.Data;

/// <summary>
/// A row of an imported file that could not be read, with its 1-based line number and the reason.
/// </summary>
public sealed record CsvRowError(long LineNumber, string Reason);
