using System.Text.Json;
using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Benchmarks.Infrastructure;

namespace KnowledgeGraph.Benchmarks.Suites;

/// <summary>
/// A whole HTTP request through the service's middleware pipeline and endpoint, in memory (TestHost, no sockets), with
/// the response cache in memory: <c>*_CacheHit</c> is the path of a repeated query. Baseline: the load test's
/// static-bytes app answering the same bytes through TestHost, so that the ratio shows what the service adds to the
/// HTTP stack alone, without the socket and client noise of the load test.
/// </summary>
[MemoryDiagnoser]
public class HttpPipelineBenchmarks
{
    private InProcessHttpApp _service = null!;
    private InProcessHttpApp _baseline = null!;
    private byte[] _flagshipBody = null!;
    private byte[] _simplePageBody = null!;

    [GlobalSetup]
    public void Setup()
    {
        _service = InProcessHttpApp.StartServiceAsync("Memory").GetAwaiter().GetResult();
        _flagshipBody = JsonSerializer.SerializeToUtf8Bytes(new { query = Operations.Flagship });
        _simplePageBody = JsonSerializer.SerializeToUtf8Bytes(new { query = Operations.SimplePage });
        var flagshipAnswer = _service.PostAsync(_flagshipBody).GetAwaiter().GetResult();
        if (flagshipAnswer.AsSpan().IndexOf("\"errors\""u8) >= 0)
            throw new InvalidOperationException("The flagship query answers with errors.");
        _service.PostAsync(_simplePageBody).GetAwaiter().GetResult();
        _baseline = InProcessHttpApp.StartBaselineAsync(flagshipAnswer).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _service.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _baseline.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public Task<byte[]> StaticBytes_Baseline() => _baseline.PostAsync(_flagshipBody);

    [Benchmark]
    public Task<byte[]> Flagship_CacheHit() => _service.PostAsync(_flagshipBody);

    [Benchmark]
    public Task<byte[]> SimplePage_CacheHit() => _service.PostAsync(_simplePageBody);
}
