using GraphQL.Types;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using static KnowledgeGraph.Api.GraphQL.SchemaTypes.TypeRefs;

namespace KnowledgeGraph.Api.GraphQL.SchemaTypes;

/// <summary>The six arguments of every connection field, root or nested.</summary>
internal static class ConnectionArguments
{
    public const string Where = "where";
    public const string Order = "order";
    public const string First = "first";
    public const string After = "after";
    public const string Last = "last";
    public const string Before = "before";

    public static QueryArguments For(LabelDef label)
    {
        var noun = LabelNouns.Of(label);
        return new(
            Argument(Where, Named(SchemaNames.FilterInput(label)),
                Bilingual.Text($"Seulement {noun.Les} qui satisfont ce filtre.", $"Only the {noun.EnglishPlural} that match this filter.")),
            Argument(Order, ListOfNonNull(SchemaNames.SortInput(label)), Bilingual.Text(
                "Les clés de tri, appliquées dans l'ordre ; par défaut, et pour départager les égalités : l'id croissant.",
                "Sort keys, applied in order; default and tie-break: id ascending.")),
            Argument(First, Named("Int"), Bilingual.Text(
                $"La taille de la page depuis le début ou après le curseur `after` (par défaut {PageRequest.DefaultPageSize}, au plus {PageRequest.MaxPageSize}).",
                $"Page size from the start or after the `after` cursor (default {PageRequest.DefaultPageSize}, at most {PageRequest.MaxPageSize}).")),
            Argument(After, Named("String"), Bilingual.Text("Commencer après ce curseur.", "Start after this cursor.")),
            Argument(Last, Named("Int"), Bilingual.Text(
                $"La taille de la page depuis la fin ou avant le curseur `before` (au plus {PageRequest.MaxPageSize}).",
                $"Page size from the end or before the `before` cursor (at most {PageRequest.MaxPageSize}).")),
            Argument(Before, Named("String"), Bilingual.Text("S'arrêter avant ce curseur.", "End before this cursor.")));
    }
}
