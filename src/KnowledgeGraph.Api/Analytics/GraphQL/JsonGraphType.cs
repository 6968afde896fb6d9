using GraphQL.Types;
using GraphQLParser.AST;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.Analytics.GraphQL;

/// <summary>An output-only scalar: a map of properties written as a JSON object (lists as arrays, numbers as numbers).</summary>
internal sealed class JsonGraphType : ScalarGraphType
{
    public JsonGraphType()
    {
        Name = "JSON";
        Description = Bilingual.Text("Un objet JSON de valeurs de propriétés (en sortie seulement).", "A JSON object of property values (output only).");
    }

    public override object? Serialize(object? value) => value switch
    {
        IReadOnlyDictionary<string, object> map => map.OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal),
        _ => value,
    };

    public override object? ParseValue(object? value) => ThrowValueConversionError(value);

    public override object? ParseLiteral(GraphQLValue value) => ThrowLiteralConversionError(value);
}
