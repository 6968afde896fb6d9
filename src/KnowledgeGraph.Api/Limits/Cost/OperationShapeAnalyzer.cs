using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Limits.Cost;

/// <summary>
/// Measures the selected operation of a validated document with <see cref="FieldCost"/>. Each named fragment is
/// measured once (per enclosing page size) and reused wherever it is spread, so a document that spreads fragments into each other many times
/// costs linear time to measure (its cost, of course, multiplies). <c>@skip</c>/<c>@include</c> are not evaluated:
/// every selection counts. The walk is bounded: past <see cref="MaxNesting"/> nested selection sets (fields, inline
/// fragments and fragment spreads together) it stops and reports the operation as too deep, whatever chain of
/// fragments the document builds, so that no document can exhaust the stack.
/// </summary>
public sealed class OperationShapeAnalyzer
{
    /// <summary>Unwrapping a type reference (<c>ofType</c>) is not a traversal: it adds no depth.</summary>
    private const string OfType = "ofType";

    /// <summary>How many selection sets the walk enters inside each other before it gives up (far above any depth limit).</summary>
    public const int MaxNesting = 256;

    private readonly ValidationContext _context;
    private readonly Dictionary<(string Name, int? Page), OperationShape> _fragments = [];
    private readonly HashSet<string> _measuring = [];

    private readonly Dictionary<string, GraphQLFragmentDefinition> _definitions;
    private int _nesting;
    private bool _tooDeep;

    private OperationShapeAnalyzer(ValidationContext context)
    {
        _context = context;
        _definitions = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
            .DistinctBy(fragment => fragment.FragmentName.Name.StringValue)
            .ToDictionary(fragment => fragment.FragmentName.Name.StringValue);
    }

    public static OperationShape Measure(ValidationContext context)
    {
        var root = context.Operation.Operation switch
        {
            OperationType.Query => context.Schema.Query,
            OperationType.Mutation => context.Schema.Mutation,
            OperationType.Subscription => context.Schema.Subscription,
            _ => null,
        };
        if (root is null)
            return OperationShape.Empty;
        var analyzer = new OperationShapeAnalyzer(context);
        var shape = analyzer.SelectionSet(context.Operation.SelectionSet, root, null);
        return analyzer._tooDeep ? shape with { Depth = int.MaxValue } : shape;
    }

    private OperationShape SelectionSet(GraphQLSelectionSet set, IGraphType parent, int? page)
    {
        if (_tooDeep || _nesting >= MaxNesting)
        {
            _tooDeep = true;
            return OperationShape.Empty;
        }
        _nesting++;
        try
        {
            return Selections(set, parent, page);
        }
        finally
        {
            _nesting--;
        }
    }

    private OperationShape Selections(GraphQLSelectionSet set, IGraphType parent, int? page)
    {
        var shape = OperationShape.Empty;
        foreach (var selection in set.Selections)
        {
            shape = shape.Beside(selection switch
            {
                GraphQLField field => Field(field, parent, page),
                GraphQLInlineFragment inline => SelectionSet(inline.SelectionSet, TypeNamed(inline.TypeCondition?.Type.Name) ?? parent, page),
                GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue, page),
                _ => OperationShape.Empty,
            });
        }

        return shape;
    }

    private OperationShape Field(GraphQLField field, IGraphType parent, int? page)
    {
        var definition = Definition(field, parent);
        if (definition is null)
            return new(0, 1);
        var arguments = _context.ArgumentValues?.TryGetValue(field, out var values) == true ? values : null;
        var cost = FieldCost.Of(definition, parent, arguments, page);
        var level = field.Name.Value == OfType && FieldCost.IsIntrospection(parent) ? 0 : 1;
        if (field.SelectionSet is null || definition.ResolvedType?.GetNamedType() is not { } named)
            return new(cost.Cost, level);
        var children = SelectionSet(field.SelectionSet, named, cost.OpensPage);
        return new(cost.Cost + (cost.ChildMultiplier * children.Cost), level + children.Depth);
    }

    private FieldType? Definition(GraphQLField field, IGraphType parent)
    {
        var schema = _context.Schema;
        var name = field.Name.Value;
        if (name == "__typename") return schema.TypeNameMetaFieldType;
        if (parent == schema.Query && name == "__schema") return schema.SchemaMetaFieldType;
        if (parent == schema.Query && name == "__type") return schema.TypeMetaFieldType;
        return (parent as IComplexGraphType)?.GetField(name);
    }

    private OperationShape Fragment(string name, int? page)
    {
        if (_fragments.TryGetValue((name, page), out var known))
            return known;
        var definition = _definitions.GetValueOrDefault(name);
        // A cycle or an unknown fragment is a validation error reported by the core rules; measure nothing for it.
        if (definition is null || !_measuring.Add(name))
            return OperationShape.Empty;
        var type = TypeNamed(definition.TypeCondition.Type.Name);
        var shape = type is null ? OperationShape.Empty : SelectionSet(definition.SelectionSet, type, page);
        _measuring.Remove(name);
        return _fragments[(name, page)] = shape;
    }

    private IGraphType? TypeNamed(GraphQLName? name) => name is null ? null : _context.Schema.AllTypes[name.StringValue];
}
