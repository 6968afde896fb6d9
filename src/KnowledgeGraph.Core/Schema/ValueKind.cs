namespace KnowledgeGraph.Core.Schema;

/// <summary>The scalar kinds a property can hold. Int values are <see cref="long"/>, Float values <see cref="double"/>.</summary>
public enum ValueKind
{
    String,
    Int,
    Float,
    Boolean,
    Enum,
}
