using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Personalization.Tracking.Benchmarks;

/// <summary>
/// Runs the tracking benchmarks: <c>dotnet run -c Release -- [--online-retail &lt;folder of monthly .csv.gz&gt;] [BenchmarkDotNet options]</c>.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static void Main(string[] args)
    {
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            //the benchmarks run in child processes, which inherit the environment but not our arguments
            if (args[i] == "--online-retail" && i + 1 < args.Length)
                Environment.SetEnvironmentVariable(OnlineRetailReplay.FolderVariable, Path.GetFullPath(args[++i]));
            else
                rest.Add(args[i]);
        }

        var config = DefaultConfig.Instance
            .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10))
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.Count == 0 ? ["--filter", "*"] : rest.ToArray(), config);
    }
}
