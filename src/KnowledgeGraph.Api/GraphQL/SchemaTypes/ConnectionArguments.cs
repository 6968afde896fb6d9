using GraphQL.Types;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using static KnowledgeGraph.Api.GraphQL.SchemaTypes.TypeRefs;

namespace KnowledgeGraph.Api.GraphQL.SchemaTypes;

/// <summary>The six arguments of every connection field, root or nested.</summary>
internal static class ConnectionArguments
{
    public const string Where = "where";
    public const string Order = "order";
    public const string First = "first";
    public const string After = "after";
    public const string Last = "last";
    public const string Before = "before";

    public static QueryArguments For(LabelDef label) => new(
        Argument(Where, Named(SchemaNames.FilterInput(label)), $"Only the {label.Name} nodes that match this filter."),
        Argument(Order, ListOfNonNull(SchemaNames.SortInput(label)), "Sort keys, applied in order; default and tie-break: id ascending."),
        Argument(First, Named("Int"),
            $"Page size from the start or after the `after` cursor (default {PageRequest.DefaultPageSize}, at most {PageRequest.MaxPageSize})."),
        Argument(After, Named("String"), "Start after this cursor."),
        Argument(Last, Named("Int"), $"Page size from the end or before the `before` cursor (at most {PageRequest.MaxPageSize})."),
        Argument(Before, Named("String"), "End before this cursor."));
}
