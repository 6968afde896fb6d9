using GraphQL.Types;
using KnowledgeGraph.Core.Schema;
using static KnowledgeGraph.Api.GraphQL.SchemaTypes.TypeRefs;

namespace KnowledgeGraph.Api.GraphQL.SchemaTypes;

/// <summary>
/// The <c>inside</c> argument of the fields that point at a territory (<see cref="Containment.AppliesTo"/>:
/// <c>Territory.alliances</c>, <c>actors</c>, <c>networks</c>, <c>catalysts</c>, <c>findings</c>): <c>false</c> (the
/// default) reads the nodes linked directly to the territory, as before; <c>true</c> those linked to it or to any
/// territory inside it, each once. An argument rather than sibling fields: one field to learn per relationship, the
/// same connection, <c>where</c>, <c>order</c> and paging, and both readings side by side through aliases. The field's
/// description says which reading is the default and how to get the other.
/// </summary>
internal static class InsideArgument
{
    public const string Name = "inside";

    // French, then English: what the field reads by default (and only that).
    private static readonly Dictionary<string, (string French, string English)> DirectOnly = new(StringComparer.Ordinal)
    {
        ["LOCATED_IN"] = (
            "Seulement les alliances situées directement dans ce territoire (LOCATED_IN) : une alliance située dans l'une de ses communes n'y figure pas.",
            "Only the alliances located directly in this territory (LOCATED_IN): an alliance located in one of its communes is not listed."),
        ["BASED_IN"] = (
            "Seulement les acteurs basés directement dans ce territoire (BASED_IN) : un acteur basé dans l'une de ses communes n'y figure pas.",
            "Only the actors based directly in this territory (BASED_IN): an actor based in one of its communes is not listed."),
        ["COVERS"] = (
            "Seulement les réseaux qui couvrent directement ce territoire (COVERS) : un réseau qui couvre l'une de ses communes n'y figure pas.",
            "Only the networks that cover this territory directly (COVERS): a network covering one of its communes is not listed."),
        ["ACTIVE_IN"] = (
            "Seulement les catalyseurs territoriaux actifs directement dans ce territoire (ACTIVE_IN) : un catalyseur actif dans l'une de ses communes n'y figure pas.",
            "Only the territorial catalysts active directly in this territory (ACTIVE_IN): a catalyst active in one of its communes is not listed."),
        ["ABOUT"] = (
            "Seulement les résultats chiffrés qui portent sur ce territoire lui-même (ABOUT) : un résultat chiffré sur l'une de ses communes n'y figure pas.",
            "Only the findings about this territory itself (ABOUT): a finding about one of its communes is not listed."),
    };

    /// <summary>Adds the argument to a connection field it applies to, and says in the field's description which reading is which.</summary>
    public static void AddTo(GraphSchema schema, RelationshipField field, FieldType connection)
    {
        if (!Containment.AppliesTo(schema, field))
        {
            return;
        }

        var (french, english) = DirectOnly.GetValueOrDefault(field.Relationship.Type,
            ($"Seulement les nœuds liés directement à ce territoire ({field.Relationship.Type}).",
             $"Only the nodes linked directly to this territory ({field.Relationship.Type})."));
        connection.Description =
            $"{french} Pour ce territoire et tout ce qu'il contient (départements, EPCI, communes, à toute profondeur) : `{field.Name}(inside: true)`." +
            $"\n\n{english} For this territory and everything inside it (departments, EPCIs, communes, any depth), use `{field.Name}(inside: true)`.";

        var same = $"`{field.Target.CollectionField}(where: {{ {field.Relationship.OutgoingField}: {{ some: {{ within: \"REG-02\" }} }} }})`";
        connection.Arguments!.Add(Argument(Name, Named("Boolean"),
            "`false` (par défaut) : seulement les nœuds liés directement à ce territoire. `true` : ceux liés à ce territoire ou à " +
            "n'importe quel territoire qu'il contient (PART_OF, à toute profondeur), chacun une seule fois ; `where`, `order`, la " +
            $"pagination et `totalCount` portent sur cet ensemble. Pour la Martinique (REG-02), le même ensemble que {same}." +
            "\n\n`false` (default): only the nodes linked directly to this territory. `true`: those linked to this territory or to any " +
            "territory inside it (PART_OF, any depth), each once; `where`, `order`, paging and `totalCount` apply to that set. For " +
            $"Martinique (REG-02), the same set as {same}.",
            defaultValue: false));
    }
}
