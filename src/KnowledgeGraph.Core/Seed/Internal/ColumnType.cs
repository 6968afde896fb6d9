using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Seed.Internal;

/// <summary>The header types of the seed format (<c>name:type</c>) and the one each property must be declared with.</summary>
internal static class ColumnType
{
    public const string String = "string";
    public const string Int = "int";
    public const string Float = "float";
    public const string Boolean = "boolean";
    public const string StringList = "string[]";

    public static string Of(PropertyDef property) => property switch
    {
        { IsList: true } => StringList,
        { Kind: ValueKind.Int } => Int,
        { Kind: ValueKind.Float } => Float,
        { Kind: ValueKind.Boolean } => Boolean,
        _ => String,
    };

    /// <summary>The header text for a property column: the type is written unless it is the default string.</summary>
    public static string Header(PropertyDef property) =>
        Of(property) == String ? property.Name : $"{property.Name}:{Of(property)}";
}
