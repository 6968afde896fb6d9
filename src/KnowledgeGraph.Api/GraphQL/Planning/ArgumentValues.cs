using System.Globalization;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL.Planning;

/// <summary>A field's arguments coerced by GraphQL.NET (variables resolved, defaults applied), with typed reads.</summary>
internal readonly struct ArgumentValues(IDictionary<string, ArgumentValue>? values, GraphQLField field)
{
    public static ArgumentValues Of(FieldType definition, GraphQLField field, GraphQLDocument document, Variables variables) =>
        new(ExecutionHelper.GetArguments(definition.Arguments, field.Arguments, variables, document, field, null), field);

    public object? this[string name] => values is not null && values.TryGetValue(name, out var value) ? value.Value : null;

    public string? String(string name) => this[name] switch
    {
        null => null,
        string text => text,
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };

    public int? Int(string name) => this[name] is { } value ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : null;

    /// <summary>The argument as written in the document (null when absent), for what coercion does not keep, such as field order.</summary>
    public GraphQLValue? Literal(string name) => field.Arguments?.Items.FirstOrDefault(a => a.Name.Value == name)?.Value;
}
