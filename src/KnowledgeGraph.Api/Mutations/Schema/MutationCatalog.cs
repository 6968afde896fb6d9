using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.Mutations.Schema;

/// <summary>Every per-label and per-relationship mutation of a graph schema, in declaration order.</summary>
internal sealed class MutationCatalog
{
    public MutationCatalog(GraphSchema schema)
    {
        Definitions =
        [
            .. schema.Labels.SelectMany(NodeMutations.For),
            .. schema.Relationships.SelectMany(r => RelationshipMutations.For(schema, r)),
        ];
        ByName = Definitions.ToDictionary(d => d.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<MutationDefinition> Definitions { get; }

    public IReadOnlyDictionary<string, MutationDefinition> ByName { get; }
}
