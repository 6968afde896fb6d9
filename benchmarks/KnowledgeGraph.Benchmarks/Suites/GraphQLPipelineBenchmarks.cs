using BenchmarkDotNet.Attributes;
using GraphQL;
using GraphQLParser.AST;
using KnowledgeGraph.Benchmarks.Infrastructure;

namespace KnowledgeGraph.Benchmarks.Suites;

/// <summary>
/// The GraphQL side of a request, without HTTP. Baseline: parsing the flagship document alone.
/// <c>Plan_*</c>: parse + validate + plan + resolve over a store that answers empty pages (no store work);
/// <c>Execute_*</c>: the same over the embedded store with the reference data, plus writing the JSON response.
/// The service's own registration is used, so the plain variants go through its document cache (from the second call
/// on, a hit), its plan cache and its direct writer of store-backed queries. <c>*_CachedDocument</c>: a pre-parsed
/// document with no validation rules at all, the lower bound of what caching can save; <c>*_Serial</c>: the same
/// registration with GraphQL.NET's serial execution strategy and serializer instead of the direct writer (what the
/// service did before), for the ratio in one run.
/// </summary>
[MemoryDiagnoser]
public class GraphQLPipelineBenchmarks
{
    private readonly MemoryStream _output = new();
    private GraphQLHost _planOnly = null!;
    private GraphQLHost _embedded = null!;
    private GraphQLHost _embeddedSerial = null!;
    private GraphQLDocument _flagshipDocument = null!;
    private GraphQLDocument _simplePageDocument = null!;

    [GlobalSetup]
    public void Setup()
    {
        _planOnly = new GraphQLHost(new PlanCapturingStore());
        _embedded = new GraphQLHost(ReferenceGraph.Store);
        _embeddedSerial = new GraphQLHost(ReferenceGraph.Store, serialQueries: true);
        _flagshipDocument = GraphQLParser.Parser.Parse(Operations.Flagship);
        _simplePageDocument = GraphQLParser.Parser.Parse(Operations.SimplePage);
        foreach (var query in new[] { Operations.SimplePage, Operations.Flagship, Operations.DeepNested })
            SameAnswer(query);
    }

    /// <summary>The variants must answer exactly as the service does, or their figures mean nothing.</summary>
    private void SameAnswer(string query)
    {
        var expected = Answer(_embedded, query, cached: false);
        if (Answer(_embeddedSerial, query, cached: false) != expected || Answer(_embeddedSerial, query, cached: true) != expected)
            throw new InvalidOperationException($"A variant answers differently for: {query[..Math.Min(60, query.Length)]}");
    }

    private static string Answer(GraphQLHost host, string query, bool cached)
    {
        using var output = new MemoryStream();
        var task = cached ? host.ExecuteAndWriteAsync(GraphQLParser.Parser.Parse(query), output) : host.ExecuteAndWriteAsync(query, output);
        task.GetAwaiter().GetResult();
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _planOnly.Dispose();
        _embedded.Dispose();
        _embeddedSerial.Dispose();
    }

    [Benchmark(Baseline = true)]
    public GraphQLDocument Parse_Flagship() => GraphQLParser.Parser.Parse(Operations.Flagship);

    [Benchmark]
    public Task<ExecutionResult> Plan_SimplePage() => _planOnly.ExecuteAsync(Operations.SimplePage);

    [Benchmark]
    public Task<ExecutionResult> Plan_Flagship() => _planOnly.ExecuteAsync(Operations.Flagship);

    [Benchmark]
    public Task<ExecutionResult> Plan_Flagship_CachedDocument() => _planOnly.ExecuteAsync(_flagshipDocument);

    [Benchmark]
    public Task<ExecutionResult> Plan_DeepNested() => _planOnly.ExecuteAsync(Operations.DeepNested);

    [Benchmark]
    public Task<long> Execute_SimplePage() => _embedded.ExecuteAndWriteAsync(Operations.SimplePage, _output);

    [Benchmark]
    public Task<long> Execute_Flagship() => _embedded.ExecuteAndWriteAsync(Operations.Flagship, _output);

    [Benchmark]
    public Task<long> Execute_SimplePage_CachedDocument() => _embedded.ExecuteAndWriteAsync(_simplePageDocument, _output);

    [Benchmark]
    public Task<long> Execute_Flagship_CachedDocument() => _embedded.ExecuteAndWriteAsync(_flagshipDocument, _output);

    [Benchmark]
    public Task<long> Execute_DeepNested() => _embedded.ExecuteAndWriteAsync(Operations.DeepNested, _output);

    [Benchmark]
    public Task<long> Execute_Flagship_Serial() => _embeddedSerial.ExecuteAndWriteAsync(Operations.Flagship, _output);

    [Benchmark]
    public Task<long> Execute_DeepNested_Serial() => _embeddedSerial.ExecuteAndWriteAsync(Operations.DeepNested, _output);

    [Benchmark]
    public Task<long> Execute_Flagship_CachedDocument_Serial() => _embeddedSerial.ExecuteAndWriteAsync(_flagshipDocument, _output);
}
