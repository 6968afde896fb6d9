namespace KnowledgeGraph.Core.Export;

/// <summary>The type an exported attribute column is declared with; lists are written as text joined by '|'.</summary>
internal enum AttributeKind
{
    String,
    Long,
    Double,
    Boolean,
}
