using System.Globalization;
using System.Text.Json;

namespace Personalization.SegmentScale;

/// <summary>
/// What a scale run measured: the data, the load, each segment's materialization and the total against the target.
/// </summary>
public sealed record ScaleReport
{
    /// <summary>The issue's target for materializing all segments, in seconds.</summary>
    public const double TargetSeconds = 60;

    /// <summary>Gets the command's arguments (without the connection string).</summary>
    public required string Arguments { get; init; }

    /// <summary>Gets the rows loaded per table.</summary>
    public required LoadedRows Loaded { get; init; }

    /// <summary>Gets the seconds spent generating and copying the rows.</summary>
    public required double LoadSeconds { get; init; }

    /// <summary>Gets the seconds spent building the indexes after the copy.</summary>
    public required double IndexSeconds { get; init; }

    /// <summary>Gets the seconds VACUUM ANALYZE took.</summary>
    public required double AnalyzeSeconds { get; init; }

    /// <summary>Gets the tables' sizes after the load.</summary>
    public required IReadOnlyList<TableSize> Tables { get; init; }

    /// <summary>Gets each segment's result, in id order.</summary>
    public required IReadOnlyList<SegmentTiming> Segments { get; init; }

    /// <summary>Gets the wall-clock seconds of the first materialization of all segments (every member enters).</summary>
    public required double MaterializeSeconds { get; init; }

    /// <summary>Gets the wall-clock seconds of the second materialization over the same data (no member enters or leaves).</summary>
    public required double RefreshSeconds { get; init; }

    /// <summary>Gets the membership events the first run published (one per chunk of entered customers).</summary>
    public required int MembershipEvents { get; init; }

    /// <summary>Gets whether the first, costlier run met the target.</summary>
    public bool TargetMet => MaterializeSeconds <= TargetSeconds;

    /// <summary>Writes the report for a reader.</summary>
    public void Print(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"loaded {Loaded.Profiles:N0} profiles, {Loaded.Events:N0} events, {Loaded.Attributes:N0} attribute rows, {Loaded.CartLines:N0} cart lines"));
        output.WriteLine(string.Create(c, $"generate + COPY {LoadSeconds:F1} s, indexes {IndexSeconds:F1} s, VACUUM ANALYZE {AnalyzeSeconds:F1} s"));
        output.WriteLine();
        output.WriteLine("| table | rows | total size | of which indexes |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var table in Tables)
            output.WriteLine(string.Create(c, $"| {table.Table} | {table.Rows:N0} | {Megabytes(table.TotalBytes)} | {Megabytes(table.IndexBytes)} |"));
        output.WriteLine();
        output.WriteLine("| # | segment | members | first run, s | second run, s |");
        output.WriteLine("|---:|---|---:|---:|---:|");
        foreach (var segment in Segments)
            output.WriteLine(string.Create(c, $"| {segment.Id} | {segment.Name} | {segment.Members:N0} | {segment.FirstRunSeconds:F2} | {segment.SecondRunSeconds:F2} |"));
        output.WriteLine(string.Create(c, $"| | all {Segments.Count} | {Segments.Sum(s => s.Members):N0} | {MaterializeSeconds:F1} | {RefreshSeconds:F1} |"));
        output.WriteLine();
        output.WriteLine(string.Create(c, $"first materialization of {Segments.Count} segments: {MaterializeSeconds:F1} s (target {TargetSeconds:F0} s: {(TargetMet ? "met" : "not met")}); second run over the same data: {RefreshSeconds:F1} s; {MembershipEvents:N0} membership events published"));
    }

    /// <summary>Writes the report as JSON.</summary>
    public void WriteJson(string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));

    static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("N0", CultureInfo.InvariantCulture) + " MB";
}
