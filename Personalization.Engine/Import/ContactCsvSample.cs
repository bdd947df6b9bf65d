using System.Text;
using Personalization.Engine.Data;
using Personalization.Engine.Profiles;

namespace Personalization.Engine.Import;

/// <summary>
/// The header and first raw rows of a contact file, with a suggested key and trait type per column, so the mapping page
/// can offer sensible defaults before anything is imported.
/// </summary>
/// <param name="Header">Column names as written in the file.</param>
/// <param name="Rows">The first data rows, cell by cell (short rows are padded with empty cells).</param>
/// <param name="SuggestedTypes">For each column, the narrowest trait type every sampled non-empty cell parses as.</param>
/// <param name="SuggestedKeyColumn">The first column whose sampled cells are mostly e-mail addresses, else the first column named like a customer id; null when none.</param>
/// <param name="SuggestedKeyKind">What <paramref name="SuggestedKeyColumn"/> holds.</param>
public sealed record ContactCsvSample(
    IReadOnlyList<string> Header,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<TraitType> SuggestedTypes,
    string SuggestedKeyColumn,
    ContactKeyKind SuggestedKeyKind)
{
    /// <summary>Reads the header and up to <paramref name="rows"/> data rows; an empty file gives an empty header.</summary>
    public static ContactCsvSample Read(TextReader reader, int rows)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var fields = new List<string>();
        var buffer = new StringBuilder();
        if (!CsvLineSplitter.TryReadRecord(reader, fields, buffer, out _, out _))
            return new ContactCsvSample([], [], [], null, ContactKeyKind.Email);

        var header = fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        var sample = new List<IReadOnlyList<string>>();
        while (sample.Count < rows && CsvLineSplitter.TryReadRecord(reader, fields, buffer, out _, out var unterminated))
        {
            if (fields.Count == 1 && fields[0].Trim().Length == 0)
                continue;
            sample.Add(Enumerable.Range(0, header.Length).Select(i => i < fields.Count ? fields[i].Trim() : string.Empty).ToArray());
            if (unterminated)
                break;
        }

        var types = new TraitType[header.Length];
        string emailColumn = null;
        for (var column = 0; column < header.Length; column++)
        {
            var cells = sample.Select(row => row[column]).Where(cell => cell.Length > 0).ToList();
            types[column] = SuggestType(header[column], cells);
            //most, not all: one mistyped address among the first rows is what an import reports, not a reason to miss the key
            if (emailColumn == null && cells.Count > 0 && cells.Count(cell => ContactCsvReader.NormalizeEmail(cell) != null) * 2 > cells.Count)
                emailColumn = header[column];
        }

        if (emailColumn != null)
            return new ContactCsvSample(header, sample, types, emailColumn, ContactKeyKind.Email);

        var idColumn = header.FirstOrDefault(IsCustomerIdName);
        return new ContactCsvSample(header, sample, types, idColumn, idColumn != null ? ContactKeyKind.CustomerId : ContactKeyKind.Email);
    }

    static TraitType SuggestType(string column, IReadOnlyList<string> cells)
    {
        if (cells.Count == 0)
            return TraitType.Text;
        //boolean before number: a column of 0s and 1s is more likely a flag than an amount
        foreach (var type in new[] { TraitType.Boolean, TraitType.Number, TraitType.Date })
        {
            var trait = new TraitColumn(column, column, type);
            if (cells.All(cell => ContactCsvReader.TryParseTrait(trait, cell, out _) == null))
                return type;
        }

        return TraitType.Text;
    }

    static bool IsCustomerIdName(string column)
    {
        var name = column.Replace(" ", string.Empty).Replace("_", string.Empty);
        return name.Equals("customerid", StringComparison.OrdinalIgnoreCase) || name.Equals("id", StringComparison.OrdinalIgnoreCase);
    }
}
