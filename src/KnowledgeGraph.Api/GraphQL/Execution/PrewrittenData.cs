using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using GraphQL;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.Api.GraphQL.Execution;

/// <summary>
/// The <c>data</c> of a result already written as JSON (<see cref="DirectQueryExecutionStrategy"/>). GraphQL.NET's
/// serializer writes any <c>data</c> that is not its own execution tree with System.Text.Json, which picks the
/// converter named here: the bytes go out as they are.
/// </summary>
[JsonConverter(typeof(PrewrittenDataConverter))]
internal sealed class PrewrittenData(ReadOnlyMemory<byte> json)
{
    private static readonly byte[] Opening = "{\"data\":"u8.ToArray();

    public ReadOnlyMemory<byte> Json { get; } = json;

    /// <summary>
    /// The whole response of a result whose data was written directly and that has nothing else to say (no errors, no
    /// extensions): exactly the bytes GraphQL.NET's serializer would write, without going through it.
    /// </summary>
    public static bool TryWriteResponse(ExecutionResult result, [NotNullWhen(true)] out byte[]? response)
    {
        response = null;
        if (!result.Executed || result.Data is not PrewrittenData data || result.Errors is { Count: > 0 } || result.Extensions is { Count: > 0 })
            return false;
        response = new byte[Opening.Length + data.Json.Length + 1];
        Opening.CopyTo(response, 0);
        data.Json.Span.CopyTo(response.AsSpan(Opening.Length));
        response[^1] = (byte)'}';
        return true;
    }
}

internal sealed class PrewrittenDataConverter : JsonConverter<PrewrittenData>
{
    public override PrewrittenData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Prewritten GraphQL data is only ever written.");

    public override void Write(Utf8JsonWriter writer, PrewrittenData value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Json.Span, skipInputValidation: true);
}
