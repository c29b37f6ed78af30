using BenchmarkDotNet.Running;
using SelfHelp.Benchmarks;

// Run with: dotnet run -c Release --project tests/SelfHelp.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(ProgressCookieBenchmarks).Assembly).Run(args);
