using GraphQL.Types;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.Aggregations;
using KnowledgeGraph.Core.Analytics.Centrality;
using KnowledgeGraph.Core.Analytics.Communities;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;
using static KnowledgeGraph.Api.Analytics.GraphQL.AnalyticsFields;
using static KnowledgeGraph.Api.GraphQL.SchemaTypes.TypeRefs;

namespace KnowledgeGraph.Api.Analytics.GraphQL;

/// <summary>The co-participation network, centrality, communities and aggregation types and their enums.</summary>
internal static class NetworkTypes
{
    public const string FilterInput = "CoParticipationFilterInput";
    public const string Network = "CoParticipationNetwork";
    public const string Score = "CentralityScore";
    public const string Community = "Community";
    public const string CommunityResult = "CommunityResult";
    public const string Bucket = "AggregationBucket";
    public const string Aggregation = "AggregationResult";

    public static IEnumerable<IGraphType> Create()
    {
        yield return new EnumerationGraphType<AnalysisNetwork> { Description = Bilingual.Text("Le graphe sur lequel porte une analyse.", "The graph an analysis runs on.") };
        yield return new EnumerationGraphType<CentralityMeasure> { Description = Bilingual.Text("Une mesure de centralité d'un nœud (sur un réseau non orienté) ; chaque valeur dit sa convention et la fonction networkx à laquelle elle est égale.", "A node measure (on an undirected network); each value says its convention and the networkx function it equals.") };
        yield return new EnumerationGraphType<CommunityAlgorithm> { Description = Bilingual.Text("Comment les communautés sont trouvées.", "How communities are found.") };
        yield return new EnumerationGraphType<AggregationDimension> { Description = Bilingual.Text("Selon quoi les alliances sont comptées.", "What alliances are counted by.") };
        yield return FilterInputType();

        var network = new ObjectGraphType { Name = Network, Description = Bilingual.Text("Les acteurs, liés quand ils partagent des alliances, pondéré par le nombre d'alliances partagées.", "Actors linked when they share alliances, weighted by the number shared.") };
        network.AddField(Of<CoParticipationResult>("allianceCount", NonNull("Int"), Bilingual.Text("Le nombre d'alliances qui ont passé le filtre.", "The number of alliances that passed the filter."), r => r.Network.AllianceIds.Count));
        network.AddField(Of<CoParticipationResult>("actorCount", NonNull("Int"), Bilingual.Text("Le nombre d'acteurs de ces alliances.", "The number of actors of those alliances."), r => r.Network.Graph.NodeCount));
        network.AddField(Of<CoParticipationResult>("linkCount", NonNull("Int"), Bilingual.Text("Le nombre de paires d'acteurs liées.", "The number of linked pairs of actors."), r => r.Network.Graph.EdgeCount));
        network.AddField(Of<CoParticipationResult>("graph", NonNull(SubGraphTypes.SubGraph),
            Bilingual.Text("Le réseau : des nœuds Actor et des arêtes CO_PARTICIPATES avec `weight` et `alliances` (les ids partagés).", "The network: Actor nodes and CO_PARTICIPATES edges with `weight` and `alliances` (the shared ids)."), r => r.ToSubGraph()));
        yield return network;

        var score = new ObjectGraphType { Name = Score, Description = Bilingual.Text("Un nœud classé selon une mesure de centralité.", "A node ranked by a centrality measure.") };
        score.AddField(Of<CentralityScore>("rank", NonNull("Int"), Bilingual.Text("Le rang : 1 pour le plus central (égalités départagées par l'id).", "The rank: 1 for the most central (ties broken by id)."), s => s.Rank));
        score.AddField(Of<CentralityScore>("score", NonNull("Float"), Bilingual.Text("La valeur de la mesure.", "The measure's value."), s => s.Score));
        score.AddField(Of<CentralityScore>("id", NonNull("ID"), Bilingual.Text("L'id du nœud.", "The node's id."), s => s.Id));
        score.AddField(Of<CentralityScore>("label", NonNull("String"), Bilingual.Text("Le label du nœud.", "The node's label."), s => s.Label));
        score.AddField(Of<CentralityScore>("name", NonNull("String"), Bilingual.Text("Le nom affiché du nœud.", "The node's display name."), s => s.Name));
        score.AddField(Of<CentralityScore>("kind", Named("String"), Bilingual.Text("Le type du nœud (ActorKind, NetworkKind…), quand son label en a un.", "The node's kind (ActorKind, NetworkKind…), when its label has one."), s => s.Kind));
        score.AddField(Of<CentralityScore>("region", Named(SubGraphTypes.Node),
            Bilingual.Text("La région du nœud (pour un territoire : lui-même ou celui au-dessus ; sinon, là où il est implanté, situé ou actif).", "The region the node is in (a territory: itself or the one above; otherwise where it is based, located or active)."), s => s.Region));
        yield return score;

        var community = new ObjectGraphType { Name = Community, Description = Bilingual.Text("Un groupe de nœuds plus liés entre eux qu'avec le reste.", "A group of nodes more linked to each other than to the rest.") };
        community.AddField(Of<CommunityMembers>("index", NonNull("Int"), Bilingual.Text("Sa position : 0 pour la plus grande.", "Its position: 0 for the largest."), c => c.Community.Index));
        community.AddField(Of<CommunityMembers>("size", NonNull("Int"), Bilingual.Text("Le nombre de membres.", "The number of members."), c => c.Community.Size));
        community.AddField(Of<CommunityMembers>("members", NonNullListOfNonNull(SubGraphTypes.Node), Bilingual.Text("Les membres, dans l'ordre des ids.", "The members, in id order."),
            c => c.Community.Members.Select(id => SubGraphNode.From(c.View, c.View.IndexOf(id))).ToList()));
        yield return community;

        var result = new ObjectGraphType { Name = CommunityResult, Description = Bilingual.Text("Une partition d'un réseau en communautés.", "A partition of a network into communities.") };
        result.AddField(Of<CommunityPage>("modularity", NonNull("Float"), Bilingual.Text("La modularité de toute la partition.", "The modularity of the whole partition."), p => p.Answer.Result.Modularity));
        result.AddField(Of<CommunityPage>("communityCount", NonNull("Int"), Bilingual.Text("Combien de communautés il y a en tout.", "How many communities there are in all."), p => p.Answer.Result.Communities.Count));
        result.AddField(Of<CommunityPage>("nodeCount", NonNull("Int"), Bilingual.Text("Le nombre de nœuds du réseau.", "The number of nodes of the network."), p => p.Answer.Graph.NodeCount));
        result.AddField(Of<CommunityPage>("communities", NonNullListOfNonNull(Community), Bilingual.Text("Les plus grandes communautés d'abord, au plus `top`.", "The largest communities first, at most `top`."),
            p => p.Answer.Result.Communities.Take(p.Top).Select(c => new CommunityMembers(p.Answer.View, c)).ToList()));
        yield return result;

        var bucket = new ObjectGraphType { Name = Bucket, Description = Bilingual.Text("Combien d'alliances ont une valeur de la dimension.", "How many alliances have one value of the dimension.") };
        bucket.AddField(Of<AggregationBucket>("key", NonNull("String"), Bilingual.Text("Un id, une valeur d'énumération ou une année.", "An id, an enum value or a year."), b => b.Key));
        bucket.AddField(Of<AggregationBucket>("label", NonNull("String"), Bilingual.Text("Un libellé à afficher (le nom du nœud pour un id).", "A display label (the node's name for ids)."), b => b.Label));
        bucket.AddField(Of<AggregationBucket>("count", NonNull("Int"), Bilingual.Text("Le nombre d'alliances.", "The number of alliances."), b => b.Count));
        yield return bucket;

        var aggregation = new ObjectGraphType
        {
            Name = Aggregation,
            Description = Bilingual.Text(
                "Les alliances comptées selon une à trois dimensions ; une alliance compte pour chacune de ses valeurs (chacune de ses combinaisons de valeurs), si bien que les comptes peuvent dépasser le nombre d'alliances.",
                "Alliances counted by one to three dimensions; one alliance counts in each of its values (each of its combinations of values), so the counts can add up to more than the alliances."),
        };
        aggregation.AddField(Of<CrossTabResult>("dimension", NonNull(nameof(AggregationDimension)),
            Bilingual.Text("La (première) dimension de `by`.", "The (first) dimension of `by`."), a => a.Dimensions[0]));
        aggregation.AddField(Of<CrossTabResult>("dimensions", NonNullListOfNonNull(nameof(AggregationDimension)),
            Bilingual.Text("Les dimensions de `by`, dans leur ordre.", "The dimensions of `by`, in their order."), a => a.Dimensions));
        aggregation.AddField(Of<CrossTabResult>("allianceCount", NonNull("Int"), Bilingual.Text("Le nombre d'alliances considérées.", "The number of alliances considered."), a => a.AllianceCount));
        aggregation.AddField(Of<CrossTabResult>("unassigned", NonNull("Int"),
            Bilingual.Text("Les alliances sans valeur pour une des dimensions au moins (elles ne sont dans aucune ligne).",
                "Alliances without a value for at least one of the dimensions (they are in no row)."), a => a.Unassigned));
        aggregation.AddField(Of<CrossTabResult>("buckets", NonNullListOfNonNull(Bucket),
            Bilingual.Text(
                "Le plus grand compte d'abord, à égalité par clé. Avec plusieurs dimensions, un par combinaison, clés et libellés joints par « | » dans l'ordre de `by` (`rows` les donne séparément).",
                "Largest count first, ties by key. With several dimensions, one per combination, keys and labels joined with \" | \" in the order of `by` (`rows` gives them apart)."),
            a => a.Buckets()));
        aggregation.AddField(Of<CrossTabResult>("rows", NonNullListOfNonNull(CrossTabTypes.Row),
            Bilingual.Text(
                "Une ligne par combinaison de valeurs présente (les combinaisons à 0 n'y sont pas), le plus grand compte d'abord, à égalité par clés dans l'ordre de `by`. Avec `Accept: text/csv`, une ligne du fichier par combinaison : demandez les champs nommés d'après les dimensions (`region { key label } category { key }`) pour une colonne par dimension.",
                "One row per combination of values that occurs (combinations with 0 are left out), largest count first, ties by the keys in the order of `by`. With `Accept: text/csv`, one line of the file per combination: ask for the fields named after the dimensions (`region { key label } category { key }`) to get one column per dimension."),
            a => a.Rows));
        yield return aggregation;
    }

    private static InputObjectGraphType FilterInputType()
    {
        var input = new InputObjectGraphType { Name = FilterInput, Description = Bilingual.Text("Les alliances qui comptent ; chaque critère donné doit être satisfait.", "Which alliances count; every given criterion must hold.") };
        input.AddField(InputField(CoParticipationArguments.Within, Named("ID"), Bilingual.Text("Les alliances situées dans ce territoire ou dans un territoire qu'il contient (son id, son nom ou son code INSEE, par exemple REG-76 ou « Occitanie »).", "Alliances located in this territory or inside it (its id, name or INSEE code, e.g. REG-76 or \"Occitanie\").")));
        input.AddField(InputField(CoParticipationArguments.Categories, ListOfNonNull(DomainEnums.AllianceCategory.Name), Bilingual.Text("Les alliances de l'une de ces catégories (dont le mécénat).", "Alliances of one of these categories.")));
        input.AddField(InputField(CoParticipationArguments.Domains, ListOfNonNull("ID"), Bilingual.Text("Les alliances qui agissent dans l'un de ces domaines d'action (DOM-…).", "Alliances acting in one of these fields (DOM-…).")));
        input.AddField(InputField(CoParticipationArguments.Sdgs, ListOfNonNull("ID"), Bilingual.Text("Les alliances qui contribuent à l'un de ces ODD ou à l'une de ces cibles d'ODD.", "Alliances contributing to one of these SDGs or SDG targets.")));
        input.AddField(InputField(CoParticipationArguments.FromYear, Named("Int"), Bilingual.Text("Les alliances en cours pendant ou après cette année.", "Alliances running in or after this year.")));
        input.AddField(InputField(CoParticipationArguments.ToYear, Named("Int"), Bilingual.Text("Les alliances commencées pendant ou avant cette année.", "Alliances started in or before this year.")));
        input.AddField(InputField(CoParticipationArguments.ActorKinds, ListOfNonNull(DomainEnums.ActorKind.Name),
            Bilingual.Text("Seuls les acteurs de ces types sont des nœuds ; les liens qui passent par d'autres acteurs ne sont pas faits.", "Only actors of these kinds are nodes; links through other actors are not made.")));
        input.AddField(InputField(CoParticipationArguments.Roles, ListOfNonNull(DomainEnums.ParticipationRole.Name),
            Bilingual.Text("Seules les participations avec l'un de ces rôles comptent (par exemple, laisser FUNDER de côté pour ne lier que ceux qui agissent).", "Only participations with one of these roles count (e.g. leave FUNDER out to link only those who act).")));
        return input;
    }
}

/// <summary>A community with the view its member ids belong to.</summary>
internal sealed record CommunityMembers(GraphView View, Community Community);

/// <summary>Communities, at most <see cref="Top"/> of them shown.</summary>
internal sealed record CommunityPage(CommunityAnswer Answer, int Top);
