using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.Aggregations;
using KnowledgeGraph.Core.Analytics.Centrality;
using KnowledgeGraph.Core.Analytics.Paths;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;
using static KnowledgeGraph.Api.Analytics.GraphQL.AnalyticsFields;
using static KnowledgeGraph.Api.GraphQL.SchemaTypes.TypeRefs;

namespace KnowledgeGraph.Api.Analytics.GraphQL;

/// <summary>
/// The analytics fields of the Query root: neighbourhoods, shortest paths, the co-participation network,
/// centrality, communities and alliance counts. They read a snapshot of the graph, not the operation's store read.
/// </summary>
internal sealed class AnalyticsQueryFields : IQueryFieldContributor
{
    public const int MaxTopCommunities = 1000;

    public void Contribute(KnowledgeGraphGraphQLSchema schema)
    {
        foreach (var type in SubGraphTypes.Create().Concat(NetworkTypes.Create()).Concat(CrossTabTypes.Create()))
        {
            schema.RegisterType(type);
        }

        var query = schema.Query;
        query.AddField(Neighborhood());
        query.AddField(ShortestPath());
        query.AddField(AllShortestPaths());
        query.AddField(CoParticipation());
        query.AddField(Centrality());
        query.AddField(Communities());
        query.AddField(AllianceCounts());
    }

    private static FieldType Neighborhood() => Root("neighborhood", NonNull(SubGraphTypes.SubGraph),
        Bilingual.Text("Les nœuds autour de ceux donnés (en largeur d'abord, dans les deux sens) et les relations entre eux, au plus `limit` nœuds.",
            "The nodes around the given ones (breadth-first, both directions) and the relationships between them, capped at `limit` nodes."),
        new QueryArguments(
            Argument("ids", NonNullListOfNonNull("ID"), Bilingual.Text("Les nœuds de départ.", "The start nodes.")),
            Argument("depth", Named("Int"), Bilingual.Text($"À combien de relations au plus (de 1 à {Core.Analytics.Neighborhood.MaxDepth}).", $"How many relationships away (1 to {Core.Analytics.Neighborhood.MaxDepth})."), 1),
            Argument("relationshipTypes", ListOfNonNull("String"), Bilingual.Text("Ne suivre que ces types de relations (par défaut : tous).", "Follow only these relationship types (default: all).")),
            Argument("labels", ListOfNonNull(SchemaNames.NodeLabel), Bilingual.Text("N'inclure que les nœuds de ces labels (les nœuds de départ le sont toujours).", "Include only nodes of these labels (start nodes always are).")),
            Argument("limit", Named("Int"), Bilingual.Text($"Le nombre maximal de nœuds (de 1 à {Core.Analytics.Neighborhood.MaxLimit}).", $"The most nodes (1 to {Core.Analytics.Neighborhood.MaxLimit})."), Core.Analytics.Neighborhood.DefaultLimit)),
        async (context, analytics) => await analytics.NeighborhoodAsync(new NeighborhoodRequest(
            context.GetArgument<List<string>>("ids"),
            context.GetArgument<int>("depth"),
            context.GetArgument<List<string>?>("relationshipTypes"),
            LabelNames(context, "labels"),
            context.GetArgument<int>("limit")), context.CancellationToken));

    private static QueryArguments PathArguments(params QueryArgument[] more) => new(
    [
        Argument("from", NonNull("ID"), Bilingual.Text("Le nœud de départ.", "The start node.")),
        Argument("to", NonNull("ID"), Bilingual.Text("Le nœud d'arrivée.", "The end node.")),
        Argument("maxLength", Named("Int"), Bilingual.Text($"La longueur maximale du chemin cherché, en relations (de 1 à {PathRequest.MaxMaxLength}).", $"The longest path looked for, in relationships (1 to {PathRequest.MaxMaxLength})."), PathRequest.DefaultMaxLength),
        Argument("relationshipTypes", ListOfNonNull("String"), Bilingual.Text("Ne suivre que ces types de relations (par défaut : tous).", "Follow only these relationship types (default: all).")),
        .. more,
    ]);

    private static PathRequest ReadPath(IResolveFieldContext context)
    {
        var request = new PathRequest(context.GetArgument<string>("from"), context.GetArgument<string>("to"),
            context.GetArgument<int>("maxLength"), context.GetArgument<List<string>?>("relationshipTypes"));
        AnalyticsErrors.RequireRange("maxLength", request.MaxLength, 1, PathRequest.MaxMaxLength);
        return request;
    }

    private static FieldType ShortestPath() => Root("shortestPath", Named(SubGraphTypes.Path),
        Bilingual.Text("Un plus court chemin entre deux nœuds (relations suivies dans les deux sens), ou null s'il n'y en a aucun de longueur au plus `maxLength`.",
            "A shortest path between two nodes (relationships followed both ways), or null when none is at most `maxLength` long."),
        PathArguments(),
        async (context, analytics) => await analytics.ShortestPathAsync(ReadPath(context), context.CancellationToken));

    private static FieldType AllShortestPaths() => Root("allShortestPaths", NonNull(SubGraphTypes.PathSet),
        Bilingual.Text("Tous les plus courts chemins entre deux nœuds, au plus `first`.", "Every shortest path between two nodes, at most `first`."),
        PathArguments(Argument("first", Named("Int"), Bilingual.Text($"Le nombre maximal de chemins (de 1 à {ShortestPaths.MaxMaxPaths}).", $"The most paths (1 to {ShortestPaths.MaxMaxPaths})."), ShortestPaths.DefaultMaxPaths)),
        async (context, analytics) =>
            await analytics.AllShortestPathsAsync(ReadPath(context), context.GetArgument<int>("first"), context.CancellationToken));

    private static FieldType CoParticipation() => Root("coParticipation", NonNull(NetworkTypes.Network),
        Bilingual.Text("Le réseau de co-participation : les acteurs, liés quand ils participent aux mêmes alliances (co-construction), pondéré par le nombre d'alliances partagées.",
            "The co-participation network: actors linked when they take part in the same alliances, weighted by the number shared."),
        new QueryArguments(FilterArgument()),
        async (context, analytics) =>
            await analytics.CoParticipationAsync(CoParticipationArguments.Read(context.GetArgument<object?>("filter")), context.CancellationToken));

    private static FieldType Centrality() => Root("centrality", NonNullListOfNonNull(NetworkTypes.Score),
        Bilingual.Text("Les nœuds les plus centraux d'un réseau selon une mesure. Avec `within`, les scores sont calculés sur tout le réseau et seuls les nœuds du territoire sont classés.",
            "The most central nodes of a network by a measure. With `within`, scores are computed on the whole network and only nodes within the territory are ranked."),
        new QueryArguments(
            Argument("network", Named(nameof(AnalysisNetwork)), Bilingual.Text("Le réseau à mesurer.", "The network to measure."), AnalysisNetwork.CoParticipation),
            Argument("measure", NonNull(nameof(CentralityMeasure)), Bilingual.Text("La mesure de centralité.", "The measure.")),
            Argument("top", Named("Int"), Bilingual.Text($"Combien de nœuds (de 1 à {RankingRequest.MaxTop}).", $"How many nodes (1 to {RankingRequest.MaxTop})."), 20),
            Argument("within", Named("ID"), Bilingual.Text(
                "Ne classer que les nœuds situés dans ce territoire (ou liés à lui) ou dans un territoire qu'il contient ; le territoire se donne par son id, son nom ou son code INSEE.",
                "Rank only nodes in (or related to) this territory or a territory inside it; the territory may be given by its id, name or INSEE code.")),
            Argument("labels", ListOfNonNull(SchemaNames.NodeLabel), Bilingual.Text("Ne classer que les nœuds de ces labels.", "Rank only nodes of these labels.")),
            FilterArgument()),
        async (context, analytics) => await analytics.CentralityAsync(
            context.GetArgument<AnalysisNetwork>("network"),
            context.GetArgument<CentralityMeasure>("measure"),
            CoParticipationArguments.Read(context.GetArgument<object?>("filter")),
            new RankingRequest(context.GetArgument<int>("top"), context.GetArgument<string?>("within"), LabelNames(context, "labels")),
            context.CancellationToken));

    private static FieldType Communities() => Root("communities", NonNull(NetworkTypes.CommunityResult),
        Bilingual.Text("Les communautés d'un réseau (Louvain, Leiden, propagation d'étiquettes ou composantes connexes), les plus grandes d'abord, avec la modularité de la partition (à la résolution 1 pour la propagation d'étiquettes et les composantes).",
            "Communities of a network (Louvain, Leiden, label propagation or connected components), largest first, with the partition's modularity (at resolution 1 for label propagation and components)."),
        new QueryArguments(
            Argument("network", Named(nameof(AnalysisNetwork)), Bilingual.Text("Le réseau à partitionner.", "The network to partition."), AnalysisNetwork.CoParticipation),
            Argument("algorithm", Named(nameof(CommunityAlgorithm)), Bilingual.Text("Comment trouver les communautés.", "How to find communities."), CommunityAlgorithm.Louvain),
            Argument("resolution", Named("Float"), Bilingual.Text($"La résolution de la modularité pour Louvain et Leiden (plus de 0, au plus {GraphAnalytics.MaxResolution}) ; plus elle est haute, plus les communautés sont petites.",
                $"The modularity resolution of Louvain and Leiden (above 0, at most {GraphAnalytics.MaxResolution}); higher gives smaller communities."), 1.0),
            Argument("seed", Named("Int"), Bilingual.Text("La graine des choix aléatoires de Leiden et de la propagation d'étiquettes (même graine, même partition).",
                "The seed of Leiden's and label propagation's random choices (same seed, same partition)."), 0),
            FilterArgument(),
            Argument("top", Named("Int"), Bilingual.Text($"Combien de communautés lister (de 1 à {MaxTopCommunities}).", $"How many communities to list (1 to {MaxTopCommunities})."), 50)),
        async (context, analytics) =>
        {
            var top = context.GetArgument<int>("top");
            AnalyticsErrors.RequireRange("top", top, 1, MaxTopCommunities);
            var answer = await analytics.CommunitiesAsync(
                context.GetArgument<AnalysisNetwork>("network"),
                context.GetArgument<CommunityAlgorithm>("algorithm"),
                context.GetArgument<double>("resolution"),
                CoParticipationArguments.Read(context.GetArgument<object?>("filter")),
                context.CancellationToken,
                context.GetArgument<int>("seed"));
            return new CommunityPage(answer, top);
        });

    private static FieldType AllianceCounts() => Root("allianceCounts", NonNull(NetworkTypes.Aggregation),
        Bilingual.Text(
            "Les alliances comptées selon une à trois dimensions (catégorie, champ d'action, ODD, cible d'ODD, type d'acteur, région, département, année de début), éventuellement seulement celles qui vérifient `where`. Avec plusieurs dimensions, c'est un tableau croisé : `allianceCounts(by: [REGION, CATEGORY]) { rows { region { label } category { key } count } }` donne une ligne par couple (région, catégorie) présent.",
            "Alliances counted by one to three dimensions (category, field, SDG, SDG target, actor kind, region, department, start year), optionally only those matching `where`. With several dimensions it is a cross-tabulation: `allianceCounts(by: [REGION, CATEGORY]) { rows { region { label } category { key } count } }` gives one row per (region, category) pair that occurs."),
        new QueryArguments(
            Argument("by", NonNullListOfNonNull(nameof(AggregationDimension)), Bilingual.Text(
                $"Les dimensions du comptage, au plus {AllianceCrossTab.MaxDimensions}, chacune une seule fois (`by: REGION` vaut `by: [REGION]`).",
                $"What to count by: one to {AllianceCrossTab.MaxDimensions} dimensions, each at most once (`by: REGION` means `by: [REGION]`).")),
            Argument("where", Named(SchemaNames.FilterInput(DomainLabels.Alliance)), Bilingual.Text("Les alliances à compter, comme dans `alliances(where:)`.", "The alliances to count, as in `alliances(where:)`."))),
        async (context, analytics) =>
        {
            var dimensions = context.GetArgument<List<AggregationDimension>>("by");
            AllianceCrossTab.Validate(dimensions);
            var where = context.GetArgument<object?>("where");
            var ids = where is null ? null : await AllianceIdReader.ReadAsync(context, where);
            return await analytics.AllianceCountsAsync(dimensions, ids, context.CancellationToken);
        });

    private static QueryArgument FilterArgument() =>
        Argument("filter", Named(NetworkTypes.FilterInput), Bilingual.Text(
            "Les alliances qui forment le réseau de co-participation (par défaut : toutes).", "Which alliances make the co-participation network (default: all)."));

    private static IReadOnlyList<string>? LabelNames(IResolveFieldContext context, string name) =>
        context.GetArgument<object?>(name) is IEnumerable<object> labels ? [.. labels.Cast<LabelDef>().Select(l => l.Name)] : null;
}
