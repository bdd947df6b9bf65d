using System.Diagnostics;
using System.Globalization;
using Personalization.SegmentScale;

ScaleArguments arguments;
try
{
    arguments = ScaleArguments.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(ScaleArguments.Usage);
    return 2;
}

var generator = new RetailPopulationGenerator(arguments.Profiles, arguments.Events, arguments.Seed);
var segments = ScaleSegments.All(generator.Catalog);
var context = ScaleSegments.Context(generator.Catalog, segments);
var shown = string.Create(CultureInfo.InvariantCulture, $"--profiles {arguments.Profiles} --events {arguments.Events} --seed {arguments.Seed}");
Console.WriteLine($"segment scale run: {shown}, evaluated at {generator.NowUtc:yyyy-MM-dd HH:mm} UTC");

var database = await ScaleDatabase.CreateAsync(arguments.Postgres);
try
{
    var clock = Stopwatch.StartNew();
    var indexes = await database.DropIndexesAsync();
    var loaded = new PostgresCopyLoader(database.ConnectionString).Load(generator.All(), generator.NowUtc);
    var loadSeconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated and copied in {loadSeconds:F1} s"));

    clock.Restart();
    await database.ExecuteAsync(indexes);
    var indexSeconds = clock.Elapsed.TotalSeconds;
    clock.Restart();
    await database.ExecuteAsync(["ANALYZE"]);
    var analyzeSeconds = clock.Elapsed.TotalSeconds;

    using var materializer = new ScaleMaterializer(database, generator.NowUtc, context);
    var timings = new List<SegmentTiming>();
    clock.Restart();
    foreach (var (id, segment) in segments)
    {
        var timing = await materializer.MaterializeAsync(id, segment);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {id,2} {segment.Name}: {timing.Members:N0} members in {timing.Seconds:F2} s"));
        timings.Add(timing);
    }

    var report = new ScaleReport
    {
        Arguments = shown,
        Loaded = loaded,
        LoadSeconds = loadSeconds,
        IndexSeconds = indexSeconds,
        AnalyzeSeconds = analyzeSeconds,
        Tables = await database.TableSizesAsync(),
        Segments = timings,
        MaterializeSeconds = clock.Elapsed.TotalSeconds
    };
    Console.WriteLine();
    report.Print(Console.Out);
    if (arguments.Json != null)
        report.WriteJson(arguments.Json);

    if (arguments.Explain)
    {
        foreach (var (id, segment) in segments)
        {
            Console.WriteLine();
            Console.WriteLine($"-- {id} {segment.Name}");
            Console.WriteLine(await materializer.ExplainAsync(segment));
        }
    }
}
finally
{
    if (arguments.Keep)
        Console.WriteLine($"database kept: {database.Name}");
    else
        await database.DisposeAsync();
}

return 0;
