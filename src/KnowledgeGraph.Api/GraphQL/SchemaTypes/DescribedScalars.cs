using GraphQL.Types;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.GraphQL.SchemaTypes;

/// <summary>
/// The non-standard scalars GraphQL.NET brings (<c>Long</c>, <c>DateTimeOffset</c>), described in French then English
/// like the rest of the schema; every place that uses one takes its instance from here.
/// </summary>
internal static class DescribedScalars
{
    public static LongGraphType Long() => new()
    {
        Description = Bilingual.Text("Un entier signé sur 64 bits (une version des données, par exemple).", "A signed 64-bit integer (a data version, for example)."),
    };

    public static DateTimeOffsetGraphType DateTimeOffset() => new()
    {
        Description = Bilingual.Text(
            "Une date et une heure avec leur décalage par rapport à UTC, au format ISO 8601 (par exemple `2026-12-05T09:10:00+00:00`).",
            "A date and time with its offset from UTC, in the ISO 8601 format (e.g. `2026-12-05T09:10:00+00:00`)."),
    };
}
