using Personalization.Engine.Data;

namespace Personalization.Analyzer;

/// <summary>
/// Order lines read from an export, with the discounts the export carries, the rows that could not be read, and where they came from.
/// </summary>
/// <param name="Description">What was read ("embedded sample: ..." or the file names and formats).</param>
/// <param name="Lines">The order lines.</param>
/// <param name="Discounts">Discount per order number where the export has discounts; empty otherwise.</param>
/// <param name="Errors">Rows skipped, with line (or spreadsheet row) numbers and reasons.</param>
/// <param name="HasDiscounts">Whether the export's format carries discounts at all.</param>
public sealed record OrderSource(string Description, IReadOnlyList<OrderLine> Lines, IReadOnlyDictionary<string, decimal> Discounts, IReadOnlyList<CsvRowError> Errors, bool HasDiscounts);
