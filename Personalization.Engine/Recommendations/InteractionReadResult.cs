using Personalization.Engine.Data;

namespace Personalization.Engine.Recommendations;

/// <summary>
/// The interactions read from a file and the rows that could not be read.
/// </summary>
public sealed record InteractionReadResult(IReadOnlyList<InteractionRecord> Interactions, IReadOnlyList<CsvRowError> Errors);
