using GraphQL.Types;
using GraphQLParser.AST;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.Mutations.Schema;

/// <summary>An output-only scalar: a node's properties as one JSON object, keys in order.</summary>
internal sealed class PropertyMapGraphType : ScalarGraphType
{
    public PropertyMapGraphType()
    {
        Name = MutationNames.PropertyMap;
        Description = Bilingual.Text("Les propriétés d'un nœud en un objet JSON (les listes en tableaux, les nombres en nombres) ; en sortie seulement.",
            "A node's properties as a JSON object (lists as arrays, numbers as numbers); output only.");
    }

    public override object? Serialize(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map.Where(p => p.Value is not null)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        _ => value,
    };

    public override object? ParseValue(object? value) => ThrowValueConversionError(value);

    public override object? ParseLiteral(GraphQLValue value) => ThrowLiteralConversionError(value);
}
