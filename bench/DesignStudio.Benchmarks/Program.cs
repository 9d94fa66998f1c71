using BenchmarkDotNet.Running;

// `canvas-load` drives the studio in Chromium (issue 4's load, memory and drag figures); everything else is BenchmarkDotNet.
if (args is ["canvas-load", .. var rest]) return await DesignStudio.Benchmarks.CanvasLoadMeasurement.RunAsync(rest);
// `page-memory` opens design pages in Chromium and reads the server's GC heap (issue 8's memory per open page).
if (args is ["page-memory", .. var pagesArgs]) return await DesignStudio.Benchmarks.DesignPageMemoryMeasurement.RunAsync(pagesArgs);

// `import-gc` reads what the garbage collector costs a PostgreSQL import at 1x-10x (issue 3's linear import) by CPU time and GC events.
if (args is ["import-gc", .. var gcArgs]) return DesignStudio.Benchmarks.ImportGcMeasurement.Run(gcArgs);

// The web project (auto-layout benchmarks) has a Program type too, so name the assembly by a benchmark class.
BenchmarkSwitcher.FromAssembly(typeof(DesignStudio.Benchmarks.AutoLayoutBenchmarks).Assembly).Run(args);
return 0;
