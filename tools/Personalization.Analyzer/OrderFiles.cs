using System.IO.Compression;
using Personalization.Engine.Data;

namespace Personalization.Analyzer;

/// <summary>
/// Reads the analyzer's input: the embedded sample, or order files (Online Retail CSV, plain or .gz, and
/// nopCommerce's .xlsx order export; a folder means every such file in it).
/// </summary>
public static class OrderFiles
{
    /// <summary>The name of the embedded sample resource.</summary>
    public const string SampleResource = "online-retail-sample.csv.gz";

    /// <summary>Gets the description of the embedded sample, as the report cites it.</summary>
    public const string SampleDescription = "embedded sample: every order line of 500 randomly drawn customers of UCI Online Retail (Chen, Sain & Guo 2012, CC BY 4.0)";

    /// <summary>Reads the embedded sample.</summary>
    public static OrderSource ReadSample()
    {
        using var resource = typeof(OrderFiles).Assembly.GetManifestResourceStream(SampleResource)
            ?? throw new InvalidOperationException("the embedded sample is missing from the build");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        var read = OnlineRetailCsv.Read(new StreamReader(gzip));
        return new OrderSource(SampleDescription, read.Lines, new Dictionary<string, decimal>(), read.Errors, false);
    }

    /// <summary>Expands folders into their .csv, .csv.gz and .xlsx files, in name order; throws when a path does not exist.</summary>
    public static List<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.GetFiles(path).Where(IsOrderFile).Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                    throw new ArgumentException($"no .csv, .csv.gz or .xlsx files in {path}");
                files.AddRange(found);
            }
            else if (File.Exists(path))
                files.Add(path);
            else
                throw new ArgumentException($"file not found: {path}");
        }

        return files;
    }

    /// <summary>Reads files of either format and joins them; errors name their file.</summary>
    public static OrderSource Read(IReadOnlyList<string> files)
    {
        var lines = new List<OrderLine>();
        var discounts = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var errors = new List<CsvRowError>();
        var formats = new List<string>();
        var hasDiscounts = false;
        foreach (var file in files)
        {
            var source = ReadOne(file);
            lines.AddRange(source.Lines);
            foreach (var (order, discount) in source.Discounts)
                discounts[order] = discount;
            errors.AddRange(source.Errors.Select(e => e with { Reason = $"{Path.GetFileName(file)}: {e.Reason}" }));
            formats.Add(source.Description);
            hasDiscounts |= source.HasDiscounts;
        }

        var description = formats.Count <= 3 ? string.Join("; ", formats) : $"{formats.Count} files, first {formats[0]}";
        return new OrderSource(description, lines, discounts, errors, hasDiscounts);
    }

    static OrderSource ReadOne(string file)
    {
        if (file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            return NopCommerceOrderExport.Read(file);
        if (file.EndsWith(".xls", StringComparison.OrdinalIgnoreCase))
            return new OrderSource(Path.GetFileName(file), [], new Dictionary<string, decimal>(), [new CsvRowError(0, "old .xls workbooks are not read: save the export as .xlsx")], false);
        var read = OnlineRetailCsv.ReadFile(file);
        return new OrderSource(Path.GetFileName(file) + " (Online Retail CSV)", read.Lines, new Dictionary<string, decimal>(), read.Errors, false);
    }

    static bool IsOrderFile(string path) =>
        path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
}
