using Personalization.Engine.Data;

namespace Personalization.Engine.Import;

/// <summary>
/// The header and first rows of a contact file as they would be imported, for the mapping page.
/// </summary>
public sealed record ContactImportPreview(IReadOnlyList<string> Header, IReadOnlyList<ContactUpsert> Rows, IReadOnlyList<CsvRowError> Errors);
