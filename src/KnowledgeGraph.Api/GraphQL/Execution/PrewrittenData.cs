using System.Text.Json;
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
    public ReadOnlyMemory<byte> Json { get; } = json;
}

internal sealed class PrewrittenDataConverter : JsonConverter<PrewrittenData>
{
    public override PrewrittenData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Prewritten GraphQL data is only ever written.");

    public override void Write(Utf8JsonWriter writer, PrewrittenData value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Json.Span, skipInputValidation: true);
}
