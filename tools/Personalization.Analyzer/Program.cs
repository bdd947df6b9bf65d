using System.Globalization;
using Personalization.Analyzer;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

AnalyzerArguments arguments;
try
{
    arguments = AnalyzerArguments.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    Console.Error.WriteLine(AnalyzerArguments.Usage);
    return 2;
}

if (arguments.Help)
{
    Console.WriteLine(AnalyzerArguments.Usage);
    return 0;
}

try
{
    var reading = ConsoleProgress.Start("Reading orders");
    var source = arguments.Orders.Count == 0 ? OrderFiles.ReadSample() : OrderFiles.Read(OrderFiles.Expand(arguments.Orders));
    reading.Done($"{source.Lines.Count:N0} lines, {source.Errors.Count:N0} rows skipped");
    foreach (var error in source.Errors.Take(20))
        Console.Error.WriteLine($"  skipped line {error.LineNumber}: {error.Reason}");
    if (source.Errors.Count > 20)
        Console.Error.WriteLine($"  ... and {source.Errors.Count - 20} more rows skipped");

    var result = Analysis.Run(source, arguments.HorizonDays, arguments.Seed);
    ConsoleSummary.Write(result, Console.Out);
    var report = Path.GetFullPath(arguments.Report);
    File.WriteAllText(report, HtmlReport.Render(result));
    Console.WriteLine();
    Console.WriteLine($"Report: {report}");
    return 0;
}
catch (Exception e) when (e is ArgumentException or InvalidDataException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine();
    Console.Error.WriteLine("error: " + e.Message);
    return 3;
}
