using Personalization.Engine.Data;

namespace Personalization.Engine.Import;

/// <summary>
/// The totals of an import or dry run, with the first reported row errors and duplicates.
/// </summary>
/// <param name="Rows">Data rows read (blank lines excluded).</param>
/// <param name="Upserts">Rows that became upserts (duplicates included: each later one updates the same contact).</param>
/// <param name="Contacts">Distinct contacts among the upserts.</param>
/// <param name="ErrorCount">Rows refused.</param>
/// <param name="Errors">The first refused rows with line and reason (capped; <paramref name="ErrorCount"/> has the total).</param>
/// <param name="DuplicateCount">Rows that repeat an earlier contact.</param>
/// <param name="Duplicates">The first duplicates (capped).</param>
public sealed record ContactImportSummary(
    long Rows,
    long Upserts,
    long Contacts,
    long ErrorCount,
    IReadOnlyList<CsvRowError> Errors,
    long DuplicateCount,
    IReadOnlyList<ContactImportDuplicate> Duplicates);
