using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using KnowledgeGraph.Core.Plan;

namespace KnowledgeGraph.Api.Limits.Cost;

/// <summary>
/// The per-field cost model, an upper bound of the objects a response can hold (see <c>Limits/README.md</c>):
/// a scalar or enum costs 0; an object 1; a list of objects as many as it can hold, and its children count once per
/// item. A paged field (one with a <c>first</c> argument) asks for a page size: <c>first</c>, else <c>last</c>, else the
/// argument's default, else <see cref="PageRequest.DefaultPageSize"/>. A connection is one object whose
/// <c>nodes</c>/<c>edges</c> hold a page; <c>search</c> is itself a list of a page. Introspection lists count
/// <see cref="IntrospectionListSize"/> items; any other list <see cref="PageRequest.DefaultPageSize"/>.
/// </summary>
public static class FieldCost
{
    public const string First = "first";
    public const string Last = "last";

    /// <summary>The assumed length of an introspection list (types, fields, arguments…).</summary>
    public const int IntrospectionListSize = 10;

    /// <param name="enclosingPage">The page size of the connection this field belongs to, if any.</param>
    /// <returns>The field's cost (per occurrence of its parent), how many times its children occur, and the page it opens.</returns>
    public static FieldCostResult Of(FieldType field, IGraphType parent, IDictionary<string, ArgumentValue>? arguments, int? enclosingPage)
    {
        var named = field.ResolvedType?.GetNamedType();
        if (named is null or ScalarGraphType)
            return new(0, 1, null);
        var list = IsList(field.ResolvedType);
        if (field.Arguments?.Find(First) is { } first)
        {
            var size = PageSize(first, arguments);
            return list ? new(size, size, null) : new(1, 1, size);
        }

        if (!list)
            return new(1, 1, null);
        var items = enclosingPage
            ?? (IsIntrospection(parent) || IsIntrospection(named) ? IntrospectionListSize : PageRequest.DefaultPageSize);
        return new(items, items, null);
    }

    /// <summary>The page size a paged field asks for: from its arguments (literal, variable or default).</summary>
    public static int PageSize(QueryArgument first, IDictionary<string, ArgumentValue>? arguments)
    {
        var asked = IntArgument(arguments, First) ?? IntArgument(arguments, Last) ?? first.DefaultValue as int?;
        return Math.Max(0, asked ?? PageRequest.DefaultPageSize);
    }

    public static int? IntArgument(IDictionary<string, ArgumentValue>? arguments, string name) =>
        arguments is not null && arguments.TryGetValue(name, out var value) ? value.Value as int? : null;

    /// <summary>The introspection types' names start with two underscores; no other type may.</summary>
    public static bool IsIntrospection(IGraphType type) => type.Name.StartsWith("__", StringComparison.Ordinal);

    private static bool IsList(IGraphType? type) =>
        (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;
}

/// <param name="Cost">What the field adds, each time its parent occurs.</param>
/// <param name="ChildMultiplier">How many times each child selection occurs per occurrence of the field.</param>
/// <param name="OpensPage">The page size a connection field gives to its <c>nodes</c>/<c>edges</c>.</param>
public readonly record struct FieldCostResult(double Cost, double ChildMultiplier, int? OpensPage);
