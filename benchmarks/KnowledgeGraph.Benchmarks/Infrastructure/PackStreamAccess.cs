using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>
/// The Bolt library's PackStream writer and reader are internal; .NET 10's unsafe accessors call them directly
/// (no reflection on the measured path) without an InternalsVisibleTo in src/.
/// </summary>
public static class PackStreamAccess
{
    private const string Format = "KnowledgeGraph.Bolt.Internal.IO.PackStreamFormat, KnowledgeGraph.Bolt";
    private const string Writer = "KnowledgeGraph.Bolt.Internal.IO.PackStreamWriter, KnowledgeGraph.Bolt";
    private const string Reader = "KnowledgeGraph.Bolt.Internal.IO.PackStreamReader, KnowledgeGraph.Bolt";

    /// <summary>The Bolt 3–4.3 format (no element ids, legacy date-times), what Neo4j 3.1 speaks.</summary>
    public static object LegacyFormat() => NewFormat(elementIds: false, utcDateTime: false);

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    [return: UnsafeAccessorType(Format)]
    private static extern object NewFormat(bool elementIds, bool utcDateTime);

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    [return: UnsafeAccessorType(Writer)]
    public static extern object NewWriter([UnsafeAccessorType(Format)] object format, int initialCapacity);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "Reset")]
    public static extern void ResetWriter([UnsafeAccessorType(Writer)] object writer);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "Write")]
    public static extern void Write([UnsafeAccessorType(Writer)] object writer, object? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_WrittenSpan")]
    public static extern ReadOnlySpan<byte> WrittenSpan([UnsafeAccessorType(Writer)] object writer);

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    [return: UnsafeAccessorType(Reader)]
    public static extern object NewReader([UnsafeAccessorType(Format)] object format);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "Reset")]
    public static extern void ResetReader([UnsafeAccessorType(Reader)] object reader, byte[] buffer, int offset, int count);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "Read")]
    public static extern object? Read([UnsafeAccessorType(Reader)] object reader);
}
