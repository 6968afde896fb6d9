using System.Collections.Frozen;
using GraphQL.Types;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.GraphQL.SchemaTypes;

/// <summary>
/// The GraphQL schema generated from the graph schema: every type is built from <see cref="GraphSchema"/>, so
/// adding a label, a property or a relationship to the declaration is the only edit needed. Build it once.
/// </summary>
public sealed class KnowledgeGraphGraphQLSchema : Schema
{
    public KnowledgeGraphGraphQLSchema(GraphSchema graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Graph = graph;
        Description = Bilingual.Text(
            "Le graphe de connaissances du mouvement « faire alliance » : acteurs, alliances, territoires, domaines d'action, ODD (dont l'ODD 17), réseaux, catalyseurs territoriaux, études et leurs résultats chiffrés.",
            "The \"faire alliance\" knowledge graph: actors, alliances, territories, fields, SDGs, networks, catalysts, studies.");

        var node = LabelObjectTypes.NodeInterface();
        RegisterType(node);
        var searchHit = QueryType.SearchHit();
        // Registration follows the declaration so that the printed SDL is stable (frozen dictionaries do not keep order).
        var labelTypes = graph.Labels.ToFrozenDictionary(l => l, l => (IObjectGraphType)LabelObjectTypes.Create(graph, l, node));
        foreach (var type in graph.Labels.Select(l => labelTypes[l])
            .Concat(EnumTypes.Create(graph))
            .Concat(OperationFilterInputTypes.Create(graph))
            .Concat(FilterInputTypes.Create(graph))
            .Concat(CountFilterInputTypes.Create(graph))
            .Concat(SortInputTypes.Create(graph))
            .Concat(ConnectionTypes.Create(graph))
            .Concat(AggregateTypes.Create(graph))
            .Append(searchHit))
        {
            RegisterType(type);
        }

        Query = QueryType.Create(graph);
        LabelTypes = labelTypes;
        SearchHitType = searchHit;
    }

    public GraphSchema Graph { get; }

    internal FrozenDictionary<LabelDef, IObjectGraphType> LabelTypes { get; }

    internal IObjectGraphType SearchHitType { get; }
}
