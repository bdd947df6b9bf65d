using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Personalization.Engine.Data;
using Personalization.Engine.Recommendations;
using Personalization.Quality;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

QualityArguments arguments;
try
{
    arguments = QualityArguments.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    Console.Error.WriteLine(QualityArguments.Usage);
    return 2;
}

EvaluationData data;
try
{
    data = Load(arguments);
}
catch (InvalidDataException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 3;
}

Console.Error.WriteLine($"{data.Description}: {data.Train.Count} train and {data.Test.Count} test interactions");
if (arguments.Tune)
{
    Tuning.Run(data.ValidationSplit(arguments.ValidationDays), arguments.K);
    return 0;
}

var settings = new ModelSettings();
var models = Experiment.Train(data, settings);
var results = new List<AlgorithmResult>();
foreach (var protocol in new[] { Experiment.NewItems, Experiment.WithRepeats })
    results.AddRange(Experiment.Evaluate(data, models, settings, protocol, arguments.K));

var process = Process.GetCurrentProcess();
var peakMegabytes = process.PeakWorkingSet64 / 1048576.0;
Console.WriteLine($"# {data.Description}");
Console.WriteLine($"users {models.Interactions.UserCount}, items {models.Interactions.ItemCount}, interactions {data.Train.Count}; training all models {models.TotalSeconds:0.0} s; peak working set {peakMegabytes:0} MB; allocated {GC.GetTotalAllocatedBytes() / 1048576.0:0} MB");
foreach (var group in results.GroupBy(r => r.Protocol))
{
    Console.WriteLine();
    Console.WriteLine($"## {group.Key}, K={arguments.K}, users evaluated {group.First().Metrics.Users}");
    Console.WriteLine("| algorithm | Precision | Recall | NDCG | MAP | HitRate | Coverage | Recall vs popular | NDCG vs popular | train s | train alloc MB |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
    foreach (var r in group)
    {
        var m = r.Metrics;
        Console.WriteLine($"| {r.Algorithm} | {m.Precision:0.0000} | {m.Recall:0.0000} | {m.Ndcg:0.0000} | {m.Map:0.0000} | {m.HitRate:0.0000} | {m.Coverage:0.0000} | {r.RecallVsPopular:0.00}x | {r.NdcgVsPopular:0.00}x | {r.TrainSeconds:0.00} | {r.TrainAllocatedMegabytes:0} |");
    }
}

if (arguments.Json != null)
{
    var report = new
    {
        dataset = data.Description,
        k = arguments.K,
        machine = new { Environment.ProcessorCount, os = RuntimeInformation.OSDescription, runtime = RuntimeInformation.FrameworkDescription },
        users = models.Interactions.UserCount,
        items = models.Interactions.ItemCount,
        trainInteractions = data.Train.Count,
        trainingSeconds = models.TotalSeconds,
        peakWorkingSetMegabytes = peakMegabytes,
        modelCosts = models.Costs.ToDictionary(c => c.Key, c => new { seconds = c.Value.Seconds, allocatedMegabytes = c.Value.Megabytes }),
        results
    };
    File.WriteAllText(arguments.Json, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, IncludeFields = true }));
    Console.Error.WriteLine($"wrote {arguments.Json}");
}

return 0;

static EvaluationData Load(QualityArguments arguments)
{
    if (arguments.OnlineRetail.Count > 0)
    {
        var read = OnlineRetailCsv.ReadFiles(arguments.OnlineRetail);
        Report(read.Errors);
        var split = arguments.SplitDate.Value;
        return EvaluationData.FromOrderLines(read.Lines, split, $"Online Retail, train before {split:yyyy-MM-dd}, test from it on");
    }

    if (arguments.Format == "online-retail")
    {
        var train = OnlineRetailCsv.ReadFiles(arguments.Train);
        var test = OnlineRetailCsv.ReadFiles(arguments.Test);
        Report(train.Errors.Concat(test.Errors).ToList());
        return EvaluationData.FromOrderLines(train.Lines, test.Lines, "order lines, train and test files");
    }

    var trainInteractions = arguments.Train.Select(InteractionLines.ReadFile).ToList();
    var testInteractions = arguments.Test.Select(InteractionLines.ReadFile).ToList();
    Report(trainInteractions.Concat(testInteractions).SelectMany(r => r.Errors).ToList());
    return EvaluationData.FromInteractions(
        trainInteractions.SelectMany(r => r.Interactions).ToList(), testInteractions.SelectMany(r => r.Interactions).ToList(), "interactions, train and test files");
}

static void Report(IReadOnlyList<CsvRowError> errors)
{
    foreach (var error in errors.Take(20))
        Console.Error.WriteLine($"  skipped line {error.LineNumber}: {error.Reason}");
    if (errors.Count > 20)
        Console.Error.WriteLine($"  ... and {errors.Count - 20} more rows skipped");
}
