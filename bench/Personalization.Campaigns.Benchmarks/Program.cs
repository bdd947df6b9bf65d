using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Personalization.Campaigns.Benchmarks;

/// <summary>
/// Runs the campaign benchmarks: <c>dotnet run -c Release -- [BenchmarkDotNet options]</c>.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static void Main(string[] args)
    {
        var config = DefaultConfig.Instance
            .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15))
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95);
        //without a filter BenchmarkDotNet asks which benchmark to run; run them all
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Contains("--filter") ? args : ["--filter", "*", .. args], config);
    }
}
