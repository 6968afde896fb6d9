using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.Centrality;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;
using static KnowledgeGraph.Api.Analytics.GraphQL.AnalyticsFields;
using static KnowledgeGraph.Api.GraphQL.SchemaTypes.TypeRefs;

namespace KnowledgeGraph.Api.Analytics.GraphQL;

/// <summary>
/// The network-science fields of the Query root, for researchers: statistics of a network, its timeline, its
/// bridges and articulation points, and the full ranking of its nodes by any measure, page by page.
/// </summary>
internal sealed class NetworkScienceQueryFields : IQueryFieldContributor
{
    public const int MaxPageSize = 10_000;

    public void Contribute(KnowledgeGraphGraphQLSchema schema)
    {
        foreach (var type in NetworkScienceTypes.Create())
        {
            schema.RegisterType(type);
        }

        var query = schema.Query;
        query.AddField(NetworkStats());
        query.AddField(NetworkTimeline());
        query.AddField(NetworkCuts());
        query.AddField(CentralityScores());
    }

    private static QueryArgument NetworkArgument() =>
        Argument("network", Named(nameof(AnalysisNetwork)), Bilingual.Text("Le réseau étudié.", "The network."), AnalysisNetwork.CoParticipation);

    private static QueryArgument FilterArgument() =>
        Argument("filter", Named(NetworkTypes.FilterInput), Bilingual.Text(
            "Les alliances (et les acteurs, les rôles) qui forment le réseau de co-participation (par défaut : toutes).",
            "Which alliances (and actors, roles) make the co-participation network (default: all)."));

    private static FieldType NetworkStats() => Root("networkStats", NonNull(NetworkScienceTypes.Stats),
        Bilingual.Text("Les statistiques de synthèse d'un réseau (densité, composantes, diamètre, longueur des chemins, clustering, dégénérescence, assortativité…). Calculées une fois par version des données et par filtre, puis gardées en cache.",
            "Summary statistics of a network (density, components, diameter, path length, clustering, degeneracy, assortativity…). Computed once per data version and filter, then cached."),
        new QueryArguments(NetworkArgument(), FilterArgument()),
        async (context, analytics) => await analytics.NetworkStatsAsync(
            context.GetArgument<AnalysisNetwork>("network"),
            CoParticipationArguments.Read(context.GetArgument<object?>("filter")),
            context.CancellationToken));

    private static FieldType NetworkTimeline() => Root("networkTimeline", NonNullListOfNonNull(NetworkScienceTypes.Year),
        Bilingual.Text($"Le réseau de co-participation année par année : une ligne de statistiques par année, de `from` à `to` (au plus {GraphAnalytics.MaxTimelineYears} ans), sur les alliances actives cette année-là.",
            $"The co-participation network year by year: one row of statistics per year from `from` to `to` (at most {GraphAnalytics.MaxTimelineYears} years), over the alliances active that year."),
        new QueryArguments(
            Argument("from", NonNull("Int"), Bilingual.Text("La première année.", "The first year.")),
            Argument("to", NonNull("Int"), Bilingual.Text("La dernière année.", "The last year.")),
            Argument("filter", Named(NetworkTypes.FilterInput), Bilingual.Text("Les alliances, acteurs et rôles qui comptent, comme dans coParticipation (sans fromYear ni toYear).",
                "Which alliances, actors and roles count, as in coParticipation (without fromYear/toYear)."))),
        async (context, analytics) => await analytics.NetworkTimelineAsync(
            context.GetArgument<int>("from"),
            context.GetArgument<int>("to"),
            CoParticipationArguments.Read(context.GetArgument<object?>("filter")),
            context.CancellationToken));

    private static FieldType NetworkCuts() => Root("networkCuts", NonNull(NetworkScienceTypes.Cuts),
        Bilingual.Text("Les ponts et les points d'articulation d'un réseau : les liens et les nœuds qui tiennent ses composantes ensemble.",
            "The bridges and articulation points of a network: the links and nodes that hold its components together."),
        new QueryArguments(NetworkArgument(), FilterArgument()),
        async (context, analytics) => await analytics.CutsAsync(
            context.GetArgument<AnalysisNetwork>("network"),
            CoParticipationArguments.Read(context.GetArgument<object?>("filter")),
            context.CancellationToken));

    private static FieldType CentralityScores() => Root("centralityScores", NonNull(NetworkScienceTypes.ScorePage),
        Bilingual.Text("Tous les nœuds d'un réseau classés selon une mesure, page par page (`first`, `after`), chaque ligne avec son label, son type et sa région. Les scores sont calculés une fois par version des données et gardés en cache.",
            "Every node of a network ranked by a measure, page by page (`first`, `after`), each row with its label, kind and region. Scores are computed once per data version and cached."),
        new QueryArguments(
            NetworkArgument(),
            Argument("measure", NonNull(nameof(CentralityMeasure)), Bilingual.Text("La mesure de centralité.", "The measure.")),
            Argument("first", Named("Int"), Bilingual.Text($"La taille de la page (de 1 à {MaxPageSize}).", $"The page size (1 to {MaxPageSize})."), 1000),
            Argument("after", Named("String"), Bilingual.Text("Le curseur `endCursor` de la page précédente.", "The endCursor of the previous page.")),
            Argument("within", Named("ID"), Bilingual.Text(
                "Ne classer que les nœuds situés dans ce territoire (ou liés à lui) ou dans un territoire qu'il contient ; le territoire se donne par son id, son nom ou son code INSEE.",
                "Rank only nodes in (or related to) this territory or a territory inside it; the territory may be given by its id, name or INSEE code.")),
            Argument("labels", ListOfNonNull(SchemaNames.NodeLabel), Bilingual.Text("Ne classer que les nœuds de ces labels.", "Rank only nodes of these labels.")),
            FilterArgument()),
        async (context, analytics) =>
        {
            var first = context.GetArgument<int>("first");
            AnalyticsErrors.RequireRange("first", first, 1, MaxPageSize);
            var labels = context.GetArgument<object?>("labels") is IEnumerable<object> list ? list.Cast<LabelDef>().Select(l => l.Name).ToList() : null;
            return await analytics.CentralityPageAsync(
                context.GetArgument<AnalysisNetwork>("network"),
                context.GetArgument<CentralityMeasure>("measure"),
                CoParticipationArguments.Read(context.GetArgument<object?>("filter")),
                new RankingRequest(RankingRequest.MaxTop, context.GetArgument<string?>("within"), labels),
                RankCursor.Parse(context.GetArgument<string?>("after")),
                first,
                context.CancellationToken);
        });
}
