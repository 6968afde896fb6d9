using System.Buffers;
using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using KnowledgeGraph.Api.GraphQL.Planning;
using KnowledgeGraph.Api.GraphQL.Resolvers;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Core.Results;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace KnowledgeGraph.Api.GraphQL.Execution;

/// <summary>
/// Writes the <c>data</c> of a store-backed query as JSON in one walk of the operation's selections over the store's
/// result: fields collected as the GraphQL spec says (<see cref="FieldCollector"/>), values read by the schema's own
/// resolvers, leaves serialised by their scalar or enum type, as GraphQL.NET's serial strategy and serializer would.
/// It gives up (returns false) wherever that strategy would report an error, so the caller can let it do so.
/// </summary>
internal sealed class ResultTreeWriter
{
    private const string TypeName = "__typename";

    // As the service's GraphQL serializer: French names are written as they are (see GraphQLServiceCollectionExtensions).
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly Utf8JsonWriter _json;
    private readonly FieldCollector _collector;
    private readonly ResolveFieldContext _field;
    private readonly List<GraphQLSelectionSet> _sets = [];

    private ResultTreeWriter(ExecutionContext context, Utf8JsonWriter json)
    {
        _json = json;
        _collector = new FieldCollector(context.Document, context.Variables);
        // One resolver context for the whole walk: the schema's resolvers below the root read only Source and FieldAst.
        _field = new ResolveFieldContext
        {
            Schema = context.Schema,
            Document = context.Document,
            Operation = context.Operation,
            Variables = context.Variables,
            UserContext = context.UserContext,
            RequestServices = context.RequestServices,
            CancellationToken = context.CancellationToken,
            User = context.User,
        };
    }

    /// <summary>
    /// Whether every root field of the query is answered by the store's one read or is <c>__typename</c>; and whether
    /// any needs the store (<c>{ __typename }</c> alone does not).
    /// </summary>
    /// <param name="roots">The root fields, collected once for <see cref="TryWrite"/>.</param>
    public static bool CanWrite(ExecutionContext context, out List<FieldGroup> roots, out bool readsStore)
    {
        roots = [];
        readsStore = false;
        if (context.Operation.Operation != OperationType.Query || context.Schema is not KnowledgeGraphGraphQLSchema schema)
            return false;
        roots = new FieldCollector(context.Document, context.Variables).Collect(schema.Query, [context.Operation.SelectionSet]);
        foreach (var group in roots)
        {
            var name = group.First.Name.StringValue;
            if (name == TypeName)
                continue;
            if (schema.Query.GetField(name) is not { } field || FieldBinding.Of(field) is not (CollectionBinding or NodeByIdBinding or SearchBinding))
                return false;
            readsStore = true;
        }

        return true;
    }

    /// <returns>False, with <paramref name="output"/> in an undefined state, when the answer needs the serial strategy.</returns>
    public static bool TryWrite(ExecutionContext context, List<FieldGroup> roots, ReadResult result, IBufferWriter<byte> output)
    {
        using var json = new Utf8JsonWriter(output, WriterOptions);
        try
        {
            if (!new ResultTreeWriter(context, json).WriteRoot(((KnowledgeGraphGraphQLSchema)context.Schema).Query, roots, result))
                return false;
            json.Flush();
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or InvalidCastException or OverflowException or ExecutionError)
        {
            // A resolver or a scalar refused a value: the serial strategy reports it as a field error.
            return false;
        }
    }

    private bool WriteRoot(IObjectGraphType query, List<FieldGroup> roots, ReadResult result)
    {
        _json.WriteStartObject();
        foreach (var group in roots)
        {
            _json.WritePropertyName(group.Key);
            if (group.First.Name.Value == TypeName)
            {
                _json.WriteStringValue(query.Name);
                continue;
            }

            var field = query.GetField(group.First.Name.Value)!;
            if (!WriteValue(field.ResolvedType!, result.Roots.GetValueOrDefault(group.Key), group))
                return false;
        }

        _json.WriteEndObject();
        return true;
    }

    private bool WriteValue(IGraphType type, object? value, FieldGroup group)
    {
        if (type is NonNullGraphType nonNull)
        {
            if (value is null)
                return false;
            type = nonNull.ResolvedType!;
        }

        if (value is null)
        {
            _json.WriteNullValue();
            return true;
        }

        switch (type)
        {
            case ListGraphType list:
                return WriteList(list.ResolvedType!, value, group);
            case IObjectGraphType objectType:
                return WriteObject(objectType, value, group);
            case IAbstractGraphType abstractType:
                return ResolveType(abstractType, value) is { } resolved && WriteObject(resolved, value, group);
            case ScalarGraphType scalar:
                return WriteScalar(scalar.Serialize(value));
            default:
                return false;
        }
    }

    private bool WriteList(IGraphType itemType, object value, FieldGroup group)
    {
        if (value is not IEnumerable items)
            return false;
        _json.WriteStartArray();
        foreach (var item in items)
        {
            if (!WriteValue(itemType, item, group))
                return false;
        }

        _json.WriteEndArray();
        return true;
    }

    private bool WriteObject(IObjectGraphType type, object source, FieldGroup parent)
    {
        _json.WriteStartObject();
        foreach (var group in SubFields(type, parent))
        {
            _json.WritePropertyName(group.Key);
            if (group.First.Name.Value == TypeName)
            {
                _json.WriteStringValue(type.Name);
                continue;
            }

            if (type.GetField(group.First.Name.Value) is not { Resolver: { } resolver } field)
                return false;
            _field.Source = source;
            _field.FieldAst = group.First;
            _field.FieldDefinition = field;
            _field.ParentType = type;
            var pending = resolver.ResolveAsync(_field);
            if (!pending.IsCompletedSuccessfully)
            {
                // Every resolver below the root reads memory synchronously; anything else is the serial strategy's job.
                _ = pending.AsTask();
                return false;
            }

            if (!WriteValue(field.ResolvedType!, pending.Result, group))
                return false;
        }

        _json.WriteEndObject();
        return true;
    }

    /// <summary>The sub-fields of a field on an object type, collected once per walk (every node of a page shares them).</summary>
    private List<FieldGroup> SubFields(IObjectGraphType type, FieldGroup parent)
    {
        if (parent.CollectedSubFields is { } collected && ReferenceEquals(collected.Type, type))
            return collected.Fields;
        _sets.Clear();
        parent.AddSelectionSetsTo(_sets);
        var groups = _collector.Collect(type, _sets);
        parent.CollectedSubFields = (type, groups);
        return groups;
    }

    private static IObjectGraphType? ResolveType(IAbstractGraphType type, object value)
    {
        foreach (var candidate in type.PossibleTypes)
        {
            if (candidate.IsTypeOf?.Invoke(value) == true)
                return candidate;
        }

        return null;
    }

    private bool WriteScalar(object? serialized)
    {
        switch (serialized)
        {
            case string text:
                _json.WriteStringValue(text);
                return true;
            case bool flag:
                _json.WriteBooleanValue(flag);
                return true;
            case int number:
                _json.WriteNumberValue(number);
                return true;
            case long number:
                _json.WriteNumberValue(number);
                return true;
            case double number when double.IsFinite(number):
                _json.WriteNumberValue(number);
                return true;
            case decimal number:
                _json.WriteNumberValue(number);
                return true;
            default:
                // null (a value the scalar cannot serialise) or a type not written here: the serial strategy reports or writes it.
                return false;
        }
    }
}
