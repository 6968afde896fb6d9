namespace KnowledgeGraph.Core.Schema.Model;

/// <summary>The graph schema of the "faire alliance" knowledge graph.</summary>
public static class KnowledgeGraphSchema
{
    public static GraphSchema Instance { get; } = new(DomainEnums.All, DomainLabels.All, DomainRelationships.All);
}
