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
var shown = string.Create(CultureInfo.InvariantCulture, $"--profiles {arguments.Profiles} --events {arguments.Events} --seed {arguments.Seed}");
Console.WriteLine($"segment scale run: {shown}, evaluated at {generator.NowUtc:yyyy-MM-dd HH:mm} UTC");

var database = await ScaleDatabase.CreateAsync(arguments.Postgres);
try
{
    var clock = Stopwatch.StartNew();
    //a bulk load builds each index once at the end instead of maintaining it row by row
    var indexes = await database.DropIndexesAsync();
    var loaded = new PostgresCopyLoader(database.ConnectionString).Load(generator.All(), generator.NowUtc);
    var loadSeconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated and copied in {loadSeconds:F1} s"));
    clock.Restart();
    await database.ExecuteAsync(indexes);
    var indexSeconds = clock.Elapsed.TotalSeconds;
    clock.Restart();
    await database.VacuumAnalyzeAsync();
    var analyzeSeconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"indexes built in {indexSeconds:F1} s, VACUUM ANALYZE {analyzeSeconds:F1} s"));

    //sizes as loaded, before the materialization adds members and entered events
    var tables = await database.TableSizesAsync();
    using var materializer = new ScaleMaterializer(database, generator.NowUtc);
    await materializer.WriteCatalogAsync(generator.Catalog);
    await materializer.InsertSegmentsAsync(segments);

    clock.Restart();
    var first = await materializer.MaterializeAllAsync();
    var materializeSeconds = clock.Elapsed.TotalSeconds;
    var membershipEvents = materializer.Publisher.Published.Count;
    clock.Restart();
    var second = await materializer.MaterializeAllAsync();
    var refreshSeconds = clock.Elapsed.TotalSeconds;

    var failed = first.Concat(second).Where(result => result.Error != null).ToList();
    foreach (var result in failed)
        Console.Error.WriteLine($"segment {result.SegmentId} failed: {result.Error}");
    var names = segments.ToDictionary(pair => pair.Key, pair => pair.Value.Name);
    var again = second.ToDictionary(result => result.SegmentId);
    var timings = first.OrderBy(result => result.SegmentId).Select(result => new SegmentTiming(result.SegmentId, names[result.SegmentId], result.MemberCount,
        result.Milliseconds / 1000.0, again[result.SegmentId].Milliseconds / 1000.0)).ToList();

    var report = new ScaleReport
    {
        Arguments = shown,
        Loaded = loaded,
        LoadSeconds = loadSeconds,
        IndexSeconds = indexSeconds,
        AnalyzeSeconds = analyzeSeconds,
        Tables = tables,
        Segments = timings,
        MaterializeSeconds = materializeSeconds,
        RefreshSeconds = refreshSeconds,
        MembershipEvents = membershipEvents
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

    if (failed.Count > 0)
        return 1;
}
finally
{
    if (arguments.Keep)
        Console.WriteLine($"database kept: {database.Name}");
    else
        await database.DisposeAsync();
}

return 0;
