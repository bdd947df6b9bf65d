using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Personalization.Engine.Data;

/// <summary>
/// Reads order lines in the column layout of UCI Online Retail
/// (InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country), plain or gzip.
/// A row that cannot be read is reported with its line number and skipped; the others are kept.
/// </summary>
public static class OnlineRetailCsv
{
    /// <summary>Gets the expected header columns.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"];

    static readonly string[] DateFormats =
        ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd", "M/d/yyyy H:mm", "M/d/yyyy HH:mm", "d/M/yyyy H:mm"];

    /// <summary>Reads a file; names ending in .gz are decompressed.</summary>
    public static OrderLineReadResult ReadFile(string path)
    {
        using var file = File.OpenRead(path);
        Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using (stream)
            return Read(new StreamReader(stream, Encoding.UTF8));
    }

    /// <summary>Reads every file and joins their lines and errors (errors name the file).</summary>
    public static OrderLineReadResult ReadFiles(IEnumerable<string> paths)
    {
        var lines = new List<OrderLine>();
        var errors = new List<CsvRowError>();
        foreach (var path in paths)
        {
            var result = ReadFile(path);
            lines.AddRange(result.Lines);
            errors.AddRange(result.Errors.Select(e => e with { Reason = $"{Path.GetFileName(path)}: {e.Reason}" }));
        }

        return new OrderLineReadResult(lines, errors);
    }

    /// <summary>Reads CSV text with a header row.</summary>
    public static OrderLineReadResult Read(TextReader reader)
    {
        var lines = new List<OrderLine>();
        var errors = new List<CsvRowError>();
        var fields = new List<string>();
        var buffer = new StringBuilder();
        long lineNumber = 1;

        if (!CsvLineSplitter.TryReadRecord(reader, fields, buffer, out var headerLines, out _))
            return new OrderLineReadResult(lines, [new CsvRowError(1, "the file is empty; expected a header row: " + string.Join(",", Columns))]);

        var index = HeaderIndex(fields, out var missing);
        if (missing.Count > 0)
            return new OrderLineReadResult(lines, [new CsvRowError(1, "missing columns: " + string.Join(", ", missing))]);

        lineNumber += headerLines;
        while (CsvLineSplitter.TryReadRecord(reader, fields, buffer, out var spanned, out var unterminated))
        {
            var recordLine = lineNumber;
            lineNumber += spanned;
            if (fields.Count == 1 && fields[0].Length == 0)
                continue;
            if (unterminated)
            {
                errors.Add(new CsvRowError(recordLine, "a quoted field is never closed"));
                break;
            }

            if (TryParse(fields, index, out var line, out var reason))
                lines.Add(line);
            else
                errors.Add(new CsvRowError(recordLine, reason));
        }

        return new OrderLineReadResult(lines, errors);
    }

    static int[] HeaderIndex(List<string> header, out List<string> missing)
    {
        var trimmed = header.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        var index = Columns.Select(column => trimmed.FindIndex(h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase))).ToArray();
        missing = Columns.Where((column, i) => index[i] < 0).ToList();
        return index;
    }

    static bool TryParse(List<string> fields, int[] index, out OrderLine line, out string reason)
    {
        line = null;
        var needed = index.Max() + 1;
        if (fields.Count < needed)
        {
            reason = $"{fields.Count} fields, expected {Columns.Count}";
            return false;
        }

        string Field(int column) => fields[index[column]].Trim();

        var invoice = Field(0);
        var stockCode = Field(1);
        if (invoice.Length == 0 || stockCode.Length == 0)
        {
            reason = "InvoiceNo and StockCode are required";
            return false;
        }

        if (!int.TryParse(Field(3), NumberStyles.Integer, CultureInfo.InvariantCulture, out var quantity))
        {
            reason = $"Quantity '{Field(3)}' is not a whole number";
            return false;
        }

        if (!DateTime.TryParseExact(Field(4), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            reason = $"InvoiceDate '{Field(4)}' is not a date (expected yyyy-MM-dd HH:mm:ss)";
            return false;
        }

        if (!decimal.TryParse(Field(5), NumberStyles.Number, CultureInfo.InvariantCulture, out var price))
        {
            reason = $"UnitPrice '{Field(5)}' is not a number";
            return false;
        }

        int? customer = null;
        var customerText = Field(6);
        if (customerText.Length > 0)
        {
            //exports write the id as a float ("17850.0")
            if (!decimal.TryParse(customerText, NumberStyles.Number, CultureInfo.InvariantCulture, out var customerNumber)
                || customerNumber != decimal.Truncate(customerNumber) || customerNumber is < 0 or > int.MaxValue)
            {
                reason = $"CustomerID '{customerText}' is not a customer number";
                return false;
            }

            customer = (int)customerNumber;
        }

        line = new OrderLine(invoice, stockCode, Field(2), quantity, date, price, customer, Field(7));
        reason = null;
        return true;
    }
}

/// <summary>
/// The lines read from an order file and the rows that could not be read.
/// </summary>
public sealed record OrderLineReadResult(IReadOnlyList<OrderLine> Lines, IReadOnlyList<CsvRowError> Errors);
