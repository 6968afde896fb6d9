using System.Collections.Frozen;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.GraphQL.SchemaTypes;

/// <summary>One field of an operation filter input (<c>eq</c>, <c>in</c>, <c>includesAll</c>…) and its plan operator.</summary>
internal sealed record FilterOperator(string Name, ComparisonOperator Operator, bool TakesList, string Description);

/// <summary>The operator sets of the operation filter inputs; the schema and the planner share this one table.</summary>
internal static class FilterOperators
{
    private static readonly FilterOperator Eq = new("eq", ComparisonOperator.Eq, false, Bilingual.Text("Égal à la valeur ; `null` retient les nœuds où elle manque.", "Equal to the value; null matches a missing value."));
    private static readonly FilterOperator Neq = new("neq", ComparisonOperator.Neq, false, Bilingual.Text("Différent de la valeur ; `null` retient toute valeur présente.", "Not equal to the value; null matches any present value."));
    private static readonly FilterOperator In = new("in", ComparisonOperator.In, true, Bilingual.Text("Égal à l'une des valeurs.", "Equal to one of the values."));
    private static readonly FilterOperator Nin = new("nin", ComparisonOperator.Nin, true, Bilingual.Text("Présent et égal à aucune des valeurs.", "Present and equal to none of the values."));
    private static readonly FilterOperator Contains = new("contains", ComparisonOperator.Contains, false, Bilingual.Text("Contient le texte (sans tenir compte de la casse, des accents ni de la ponctuation).", "Contains the text (ignoring case, accents and punctuation)."));
    private static readonly FilterOperator StartsWith = new("startsWith", ComparisonOperator.StartsWith, false, Bilingual.Text("Commence par le texte (sans tenir compte de la casse, des accents ni de la ponctuation).", "Starts with the text (ignoring case, accents and punctuation)."));
    private static readonly FilterOperator EndsWith = new("endsWith", ComparisonOperator.EndsWith, false, Bilingual.Text("Se termine par le texte (sans tenir compte de la casse, des accents ni de la ponctuation).", "Ends with the text (ignoring case, accents and punctuation)."));
    private static readonly FilterOperator Gt = new("gt", ComparisonOperator.Gt, false, Bilingual.Text("Strictement supérieur à la valeur.", "Greater than the value."));
    private static readonly FilterOperator Gte = new("gte", ComparisonOperator.Gte, false, Bilingual.Text("Supérieur ou égal à la valeur.", "Greater than or equal to the value."));
    private static readonly FilterOperator Lt = new("lt", ComparisonOperator.Lt, false, Bilingual.Text("Strictement inférieur à la valeur.", "Less than the value."));
    private static readonly FilterOperator Lte = new("lte", ComparisonOperator.Lte, false, Bilingual.Text("Inférieur ou égal à la valeur.", "Less than or equal to the value."));
    private static readonly FilterOperator Includes = new("includes", ComparisonOperator.Includes, false, Bilingual.Text("La liste contient la valeur.", "The list holds the value."));
    private static readonly FilterOperator IncludesAny = new("includesAny", ComparisonOperator.IncludesAny, true, Bilingual.Text("La liste contient au moins l'une des valeurs.", "The list holds at least one of the values."));
    private static readonly FilterOperator IncludesAll = new("includesAll", ComparisonOperator.IncludesAll, true, Bilingual.Text("La liste contient toutes les valeurs.", "The list holds every one of the values."));

    public static IReadOnlyList<FilterOperator> Equality { get; } = [Eq, Neq, In, Nin];

    public static IReadOnlyList<FilterOperator> Text { get; } = [Eq, Neq, In, Nin, Contains, StartsWith, EndsWith];

    public static IReadOnlyList<FilterOperator> Comparable { get; } = [Eq, Neq, In, Nin, Gt, Gte, Lt, Lte];

    public static IReadOnlyList<FilterOperator> Boolean { get; } = [Eq, Neq];

    public static IReadOnlyList<FilterOperator> List { get; } = [Includes, IncludesAny, IncludesAll];

    public static FrozenDictionary<string, FilterOperator> ByName { get; } =
        new[] { Eq, Neq, In, Nin, Contains, StartsWith, EndsWith, Gt, Gte, Lt, Lte, Includes, IncludesAny, IncludesAll }
            .ToFrozenDictionary(o => o.Name, StringComparer.Ordinal);
}
