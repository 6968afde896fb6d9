using System.Text.Json;
using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Benchmarks.Infrastructure;
using static KnowledgeGraph.Benchmarks.Infrastructure.PackStreamAccess;

namespace KnowledgeGraph.Benchmarks.Suites;

/// <summary>
/// PackStream encode and decode of a typical record (the flagship answer as Neo4j returns it: nested maps and lists).
/// Baseline: System.Text.Json encoding the same value, a well-tuned serializer of a similar format.
/// </summary>
[MemoryDiagnoser]
public class PackStreamBenchmarks
{
    private object _writer = null!;
    private object _reader = null!;
    private IReadOnlyDictionary<string, object?> _record = null!;
    private byte[] _encoded = null!;
    private byte[] _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        var format = LegacyFormat();
        _writer = NewWriter(format, 64 * 1024);
        _reader = NewReader(format);
        _record = TypicalRecord.Flagship();
        _encoded = WrittenSpan(Encode()).ToArray();
        _json = JsonSerializer.SerializeToUtf8Bytes(_record);
        Console.WriteLine($"// typical record: {_encoded.Length} bytes of PackStream, {_json.Length} bytes of JSON");
    }

    [Benchmark(Baseline = true)]
    public byte[] Json_Encode() => JsonSerializer.SerializeToUtf8Bytes(_record);

    [Benchmark]
    public int PackStream_Encode() => WrittenSpan(Encode()).Length;

    [Benchmark]
    public JsonDocument Json_Decode() => JsonDocument.Parse(_json);

    [Benchmark]
    public object? PackStream_Decode()
    {
        ResetReader(_reader, _encoded, 0, _encoded.Length);
        return Read(_reader);
    }

    private object Encode()
    {
        ResetWriter(_writer);
        Write(_writer, _record);
        return _writer;
    }
}
