using System.Globalization;

namespace Personalization.Analyzer;

/// <summary>
/// The analyzer's command line, parsed and checked.
/// </summary>
/// <param name="Orders">Order files or folders; empty means the embedded sample.</param>
/// <param name="Report">Where the HTML report is written.</param>
/// <param name="HorizonDays">Churn horizon in days.</param>
/// <param name="Seed">Seed of every random choice (calibration fold, k-means, silhouette sample).</param>
/// <param name="Help">Whether usage was asked for.</param>
public sealed record AnalyzerArguments(IReadOnlyList<string> Orders, string Report, int HorizonDays, int Seed, bool Help)
{
    /// <summary>The default report file, in the current directory.</summary>
    public const string DefaultReport = "personalization-report.html";

    /// <summary>The usage text shown with every argument error.</summary>
    public const string Usage = """
        usage:
          dotnet run --project tools/Personalization.Analyzer [-- options]

          (no options)          analyze the embedded sample of UCI Online Retail
          --orders <path>       a store's orders instead: nopCommerce's Excel order export (.xlsx, exported with products)
                                or a CSV with the Online Retail columns (InvoiceNo,StockCode,Description,Quantity,
                                InvoiceDate,UnitPrice,CustomerID,Country), plain or .gz; a folder means every such file
                                in it; repeat the option or separate paths with commas
          --report <file>       where to write the HTML report (default personalization-report.html)
          --horizon-days <n>    churn means no order in this many days (default 90)
          --seed <n>            seed of the calibration fold, k-means and samples (default 1)
          --help                this text
        """;

    /// <summary>Parses arguments; throws <see cref="ArgumentException"/> with a message that says what is wrong.</summary>
    public static AnalyzerArguments Parse(string[] args)
    {
        var orders = new List<string>();
        string report = null;
        int? horizon = null, seed = null;
        var help = false;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                help = true;
                continue;
            }

            if (name is not ("--orders" or "--report" or "--horizon-days" or "--seed"))
                throw new ArgumentException($"unknown argument '{name}'");
            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException($"{name} needs a value");
            var value = args[++i];
            switch (name)
            {
                case "--orders":
                    orders.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case "--report":
                    report = report == null ? value : throw new ArgumentException("--report is given twice");
                    break;
                case "--horizon-days":
                    horizon = horizon == null ? Integer(name, value, 7, 365) : throw new ArgumentException("--horizon-days is given twice");
                    break;
                default:
                    seed = seed == null ? Integer(name, value, 0, int.MaxValue) : throw new ArgumentException("--seed is given twice");
                    break;
            }
        }

        return new AnalyzerArguments(orders, report ?? DefaultReport, horizon ?? 90, seed ?? 1, help);
    }

    static int Integer(string name, string text, int min, int max)
    {
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            throw new ArgumentException($"{name} '{text}' is not a whole number");
        if (value < min || value > max)
            throw new ArgumentException($"{name} must be between {min} and {max}");
        return value;
    }
}
