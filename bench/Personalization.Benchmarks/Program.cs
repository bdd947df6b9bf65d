using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Personalization.Benchmarks.ServeSlotBenchmarks).Assembly).Run(args);
