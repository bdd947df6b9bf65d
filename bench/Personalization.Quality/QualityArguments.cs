using System.Globalization;

namespace Personalization.Quality;

/// <summary>
/// The harness's command line, parsed and checked.
/// </summary>
public sealed record QualityArguments(
    IReadOnlyList<string> Train,
    IReadOnlyList<string> Test,
    string Format,
    IReadOnlyList<string> OnlineRetail,
    DateTime? SplitDate,
    int K,
    string Json,
    int ValidationDays,
    bool Tune)
{
    /// <summary>The usage text shown with every argument error.</summary>
    public const string Usage = """
        usage:
          Personalization.Quality --train <file>[,<file>...] --test <file>[,<file>...] --format <online-retail|interactions> [--k 10] [--json out.json]
          Personalization.Quality --online-retail <folder or files> --split-date yyyy-MM-dd [--k 10] [--json out.json]
          Personalization.Quality --online-retail <folder or files> --split-date yyyy-MM-dd --tune [--validation-days 60]

          --train, --test      order files (Online Retail CSV, .gz allowed) or 'user item [rating] [timestamp]' lines
          --format             online-retail | interactions
          --online-retail      a folder of Online Retail CSV(.gz) files, or files separated by commas; split in time
          --split-date         train on purchases before this date, test on the returning customers' purchases from it on
          --tune               evaluate parameter choices on a validation split carved from the train period only
          --validation-days    length of that validation period, the end of the train period (default 60)
          --k                  list length (default 10)
          --json               also write the results as JSON to this file
        """;

    /// <summary>Parses arguments; throws <see cref="ArgumentException"/> with a message that says what is wrong.</summary>
    public static QualityArguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var tune = false;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name == "--tune")
            {
                tune = true;
                continue;
            }

            if (!name.StartsWith("--", StringComparison.Ordinal) || name is not ("--train" or "--test" or "--format" or "--online-retail" or "--split-date" or "--k" or "--json" or "--validation-days"))
                throw new ArgumentException($"unknown argument '{name}'");
            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException($"{name} needs a value");
            if (!values.TryAdd(name, args[++i]))
                throw new ArgumentException($"{name} is given twice");
        }

        var k = Integer(values, "--k", 10);
        if (k is < 1 or > 1000)
            throw new ArgumentException("--k must be between 1 and 1000");
        var validationDays = Integer(values, "--validation-days", 60);
        if (validationDays < 1)
            throw new ArgumentException("--validation-days must be positive");

        DateTime? split = null;
        if (values.TryGetValue("--split-date", out var splitText))
        {
            if (!DateTime.TryParseExact(splitText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw new ArgumentException($"--split-date '{splitText}' is not a date like 2011-09-10");
            split = date;
        }

        var onlineRetail = Paths(values, "--online-retail");
        var train = Paths(values, "--train");
        var test = Paths(values, "--test");
        var format = values.GetValueOrDefault("--format");
        if (onlineRetail.Count > 0)
        {
            if (train.Count > 0 || test.Count > 0)
                throw new ArgumentException("give either --online-retail with --split-date, or --train and --test, not both");
            if (split == null)
                throw new ArgumentException("--online-retail needs --split-date");
            onlineRetail = ExpandFolders(onlineRetail);
            format = "online-retail";
        }
        else
        {
            if (train.Count == 0 || test.Count == 0)
                throw new ArgumentException("give --train and --test files (or --online-retail with --split-date)");
            if (format is not ("online-retail" or "interactions"))
                throw new ArgumentException("--format must be online-retail or interactions");
            if (tune)
                throw new ArgumentException("--tune needs --online-retail and --split-date");
            foreach (var path in train.Concat(test))
            {
                if (!File.Exists(path))
                    throw new ArgumentException($"file not found: {path}");
            }
        }

        return new QualityArguments(train, test, format, onlineRetail, split, k, values.GetValueOrDefault("--json"), validationDays, tune);
    }

    static int Integer(Dictionary<string, string> values, string name, int fallback)
    {
        if (!values.TryGetValue(name, out var text))
            return fallback;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"{name} '{text}' is not a whole number");
    }

    static List<string> Paths(Dictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var text) ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList() : [];

    static List<string> ExpandFolders(List<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.GetFiles(path, "*.csv*").Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                    throw new ArgumentException($"no .csv or .csv.gz files in {path}");
                files.AddRange(found);
            }
            else if (File.Exists(path))
                files.Add(path);
            else
                throw new ArgumentException($"not a file or folder: {path}");
        }

        return files;
    }
}
