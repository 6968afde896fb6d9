using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.GraphQL.Planning;

/// <summary>
/// Turns a whole GraphQL operation into ONE <see cref="ReadPlan"/>: every root field, every nested selection,
/// walked on the operation's AST against the generated schema (fields carry a <see cref="FieldBinding"/>).
/// </summary>
internal sealed class OperationPlanner
{
    private const string EdgeCursorField = "cursor";
    private const string StartCursorField = "startCursor";
    private const string EndCursorField = "endCursor";

    private static readonly PageRequest SinglePage = new(First: 1);
    private static readonly PageRequest NoNodes = new(First: 0);

    private readonly KnowledgeGraphGraphQLSchema _schema;
    private readonly GraphQLDocument _document;
    private readonly Variables _variables;
    private readonly FieldCollector _collector;
    private readonly FilterReader _filters;

    private OperationPlanner(KnowledgeGraphGraphQLSchema schema, GraphQLDocument document, Variables variables)
    {
        _schema = schema;
        _document = document;
        _variables = variables;
        _collector = new FieldCollector(document, variables);
        _filters = new FilterReader(schema.Graph);
    }

    public static ReadPlan Plan(IResolveFieldContext context) =>
        Plan((KnowledgeGraphGraphQLSchema)context.Schema, context.Document, context.Operation, context.Variables);

    public static ReadPlan Plan(KnowledgeGraphGraphQLSchema schema, GraphQLDocument document, GraphQLOperationDefinition operation,
        Variables? variables) =>
        new OperationPlanner(schema, document, variables ?? Variables.None).Plan(operation);

    private ReadPlan Plan(GraphQLOperationDefinition operation)
    {
        var query = _schema.Query;
        var roots = new List<RootRead>();
        foreach (var group in _collector.Collect(query, [operation.SelectionSet]))
        {
            // Introspection (__typename, __schema, __type) is no store read: GetField does not know it.
            var definition = query.GetField(group.First.Name.Value);
            RootRead? root = definition is null ? null : FieldBinding.Of(definition) switch
            {
                CollectionBinding collection => new CollectionRead(group.Key, Connection(collection.Label, definition, group).Query),
                NodeByIdBinding => NodeById(definition, group),
                SearchBinding => Search(definition, group),
                _ => null,
            };
            if (root is not null)
            {
                roots.Add(root);
            }
        }

        return new ReadPlan(roots);
    }

    private NodeByIdRead NodeById(FieldType definition, FieldGroup group)
    {
        var arguments = ArgumentValues.Of(definition, group.First, _document, _variables);
        var sets = SelectionSets(group);
        var projections = _schema.Graph.Labels.ToDictionary(l => l, l => Projection(l, sets));
        return new NodeByIdRead(group.Key, arguments.String(QueryType.NodeId)!, projections);
    }

    private SearchRead Search(FieldType definition, FieldGroup group)
    {
        var arguments = ArgumentValues.Of(definition, group.First, _document, _variables);
        var first = arguments.Int(QueryType.SearchFirst) ?? QueryType.DefaultSearchSize;
        PageReader.CheckSize(QueryType.SearchFirst, first);
        var labels = arguments[QueryType.SearchLabels] is IEnumerable<object> chosen ? chosen.Cast<LabelDef>().Distinct().ToList() : [];

        var nodeSets = new List<GraphQLSelectionSet>();
        foreach (var part in _collector.Collect(_schema.SearchHitType, SelectionSets(group)))
        {
            if (Binding(_schema.SearchHitType, part) is SearchHitNodeBinding)
            {
                part.AddSelectionSetsTo(nodeSets);
            }
        }

        var projected = labels.Count > 0 ? labels : _schema.Graph.Labels;
        var projections = projected.ToDictionary(l => l, l => Projection(l, nodeSets));
        return new SearchRead(group.Key, arguments.String(QueryType.SearchText)!, labels, first, projections);
    }

    private (ConnectionQuery Query, IReadOnlyList<PropertyDef> EdgeProperties) Connection(LabelDef label, FieldType definition, FieldGroup group)
    {
        var arguments = ArgumentValues.Of(definition, group.First, _document, _variables);
        var where = _filters.Read(label, arguments[ConnectionArguments.Where]);
        var order = OrderReader.Read(_schema.Graph, label, arguments[ConnectionArguments.Order], arguments.Literal(ConnectionArguments.Order));
        var page = PageReader.Read(arguments);

        var connectionType = (IObjectGraphType)definition.ResolvedType!.GetNamedType();
        var nodeSets = new List<GraphQLSelectionSet>();
        List<PropertyDef>? edgeProperties = null;
        var includeTotalCount = false;
        var wantsNodes = false;
        var cursors = EdgeCursors.None;
        AggregateReader? aggregate = null;
        foreach (var part in _collector.Collect(connectionType, SelectionSets(group)))
        {
            switch (Binding(connectionType, part))
            {
                case ConnectionPartBinding { Part: ConnectionPart.Nodes }:
                    wantsNodes = true;
                    part.AddSelectionSetsTo(nodeSets);
                    break;
                case ConnectionPartBinding { Part: ConnectionPart.Edges }:
                    wantsNodes = true;
                    var edgeType = (IObjectGraphType)connectionType.GetField(part.First.Name.Value)!.ResolvedType!.GetNamedType();
                    foreach (var edgePart in _collector.Collect(edgeType, SelectionSets(part)))
                    {
                        if (edgePart.First.Name.Value == EdgeCursorField)
                        {
                            cursors = EdgeCursors.All;
                        }

                        switch (Binding(edgeType, edgePart))
                        {
                            case EdgeNodeBinding:
                                edgePart.AddSelectionSetsTo(nodeSets);
                                break;
                            case EdgePropertyBinding edgeProperty when !(edgeProperties ??= []).Contains(edgeProperty.Property):
                                edgeProperties.Add(edgeProperty.Property);
                                break;
                        }
                    }

                    break;
                case ConnectionPartBinding { Part: ConnectionPart.PageInfo }:
                    wantsNodes = true;
                    if (cursors == EdgeCursors.None && ReadsPageEndCursors(connectionType, part))
                    {
                        cursors = EdgeCursors.PageEnds;
                    }

                    break;
                case ConnectionPartBinding { Part: ConnectionPart.TotalCount }:
                    includeTotalCount = true;
                    break;
                case ConnectionPartBinding { Part: ConnectionPart.Aggregate }:
                    var aggregateType = (IObjectGraphType)connectionType.GetField(part.First.Name.Value)!.ResolvedType!.GetNamedType();
                    (aggregate ??= new AggregateReader()).Read(aggregateType, _collector.Collect(aggregateType, SelectionSets(part)));
                    break;
            }
        }

        // totalCount and aggregate alone: the stores count and aggregate without ordering or materialising nodes
        // (cursors, when given, are still read, so a bad one is still refused).
        var noNodes = !wantsNodes && page.After is null && page.Before is null;
        var query = new ConnectionQuery(label, where, order, noNodes ? NoNodes : page, Projection(label, nodeSets), includeTotalCount,
            aggregate?.Request) { Cursors = cursors };
        return (query, edgeProperties ?? (IReadOnlyList<PropertyDef>)[]);
    }

    private NodeProjection Projection(LabelDef label, IReadOnlyList<GraphQLSelectionSet> sets)
    {
        var type = _schema.LabelTypes[label];
        var properties = new List<PropertyDef> { label.Property(GraphSchema.IdProperty) };
        List<RelationshipSelection>? relationships = null;
        foreach (var group in _collector.Collect(type, sets))
        {
            switch (Binding(type, group))
            {
                case PropertyBinding property when !properties.Contains(property.Property):
                    properties.Add(property.Property);
                    break;
                case RelationshipBinding relationship:
                    (relationships ??= []).Add(Relationship(relationship.Field, type.GetField(group.First.Name.Value)!, group));
                    break;
            }
        }

        return new NodeProjection(properties, relationships ?? (IReadOnlyList<RelationshipSelection>)[]);
    }

    private RelationshipSelection Relationship(RelationshipField field, FieldType definition, FieldGroup group)
    {
        ArgumentConflicts.ThrowIfAny(group);
        if (field.IsSingle)
        {
            var single = new ConnectionQuery(field.Target, null, [], SinglePage, Projection(field.Target, SelectionSets(group)), false)
            {
                Cursors = EdgeCursors.None,
            };
            return new RelationshipSelection(group.Key, field, single, []);
        }

        var (query, edgeProperties) = Connection(field.Target, definition, group);
        var inside = definition.Arguments?.Find(InsideArgument.Name) is not null
            && ArgumentValues.Of(definition, group.First, _document, _variables)[InsideArgument.Name] is true;
        return new RelationshipSelection(group.Key, field, query, edgeProperties) { Inside = inside };
    }

    /// <summary>Whether a <c>pageInfo</c> selection reads <c>startCursor</c> or <c>endCursor</c>.</summary>
    private bool ReadsPageEndCursors(IObjectGraphType connectionType, FieldGroup pageInfo)
    {
        var pageInfoType = (IObjectGraphType)connectionType.GetField(pageInfo.First.Name.Value)!.ResolvedType!.GetNamedType();
        foreach (var part in _collector.Collect(pageInfoType, SelectionSets(pageInfo)))
        {
            if (part.First.Name.Value == StartCursorField || part.First.Name.Value == EndCursorField)
            {
                return true;
            }
        }

        return false;
    }

    private static FieldBinding? Binding(IComplexGraphType type, FieldGroup group) =>
        type.GetField(group.First.Name.Value) is { } definition ? FieldBinding.Of(definition) : null;

    private static List<GraphQLSelectionSet> SelectionSets(FieldGroup group)
    {
        var sets = new List<GraphQLSelectionSet>(1);
        group.AddSelectionSetsTo(sets);
        return sets;
    }
}
