using BenchmarkDotNet.Running;

// The web project (auto-layout benchmarks) has a Program type too, so name the assembly by a benchmark class.
BenchmarkSwitcher.FromAssembly(typeof(DesignStudio.Benchmarks.AutoLayoutBenchmarks).Assembly).Run(args);
