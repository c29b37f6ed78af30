using BenchmarkDotNet.Running;
using SelfHelp.Benchmarks;

// Run with: dotnet run -c Release --project tests/SelfHelp.Benchmarks -- --filter '*'
// The notebook's sizes by compression choice: dotnet run -c Release --project tests/SelfHelp.Benchmarks -- --notebook-sizes
if (args is ["--notebook-sizes"])
{
    NotebookSizes.Print(ProgressCookieBenchmarks.LoadCatalogue());
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ProgressCookieBenchmarks).Assembly).Run(args);
