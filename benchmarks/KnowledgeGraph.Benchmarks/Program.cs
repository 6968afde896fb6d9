using BenchmarkDotNet.Running;
using KnowledgeGraph.Benchmarks.Infrastructure;

// Examples:
//   dotnet run -c Release -- --filter '*'                 (the whole suite, quick job)
//   dotnet run -c Release -- --filter '*EmbeddedStore*'   (one class)
//   dotnet run -c Release -- --filter '*' --job short     (BenchmarkDotNet's own short job instead of the quick one)
//   dotnet run -c Release -- --list flat                  (what exists)
//   dotnet run -c Release -- --cypher flagship            (the Cypher the Neo4j store runs, as an HTTP transaction body)
//   dotnet run -c Release -- --allocations service        (what a cache-hit request allocates, by type; or: baseline)
if (!CypherDump.TryRun(args) && !AllocationProfile.TryRun(args))
    BenchmarkSwitcher.FromAssembly(typeof(QuickConfig).Assembly).Run(args, QuickConfig.For(args));
