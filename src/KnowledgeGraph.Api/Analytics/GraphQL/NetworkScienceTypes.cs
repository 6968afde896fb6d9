using GraphQL.Types;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.Centrality;
using KnowledgeGraph.Core.Analytics.Structure;
using KnowledgeGraph.Core.Schema;
using static KnowledgeGraph.Api.Analytics.GraphQL.AnalyticsFields;
using static KnowledgeGraph.Api.GraphQL.SchemaTypes.TypeRefs;

namespace KnowledgeGraph.Api.Analytics.GraphQL;

/// <summary>The output types of the network-science fields: statistics, the timeline, cuts and ranking pages.</summary>
internal static class NetworkScienceTypes
{
    public const string Stats = "NetworkStats";
    public const string Year = "NetworkYear";
    public const string Cuts = "NetworkCuts";
    public const string Link = "NetworkLink";
    public const string ScorePage = "CentralityScorePage";

    public static IEnumerable<IGraphType> Create()
    {
        var stats = new ObjectGraphType
        {
            Name = Stats,
            Description = Bilingual.Text(
                "Les statistiques de synthèse d'un réseau non orienté, avec les conventions de networkx (et du panneau de statistiques de Gephi). "
                + "Les longueurs de chemins, le clustering, la dégénérescence et l'assortativité ne tiennent pas compte des poids.",
                "Summary statistics of an undirected network, with networkx's conventions (and Gephi's statistics panel). "
                + "Path lengths, clustering, degeneracy and assortativity ignore the weights."),
        };
        stats.AddField(Of<NetworkStatistics>("nodeCount", NonNull("Int"), Bilingual.Text("n : le nombre de nœuds (les isolés compris).", "n: the number of nodes (isolated ones included)."), s => s.NodeCount));
        stats.AddField(Of<NetworkStatistics>("linkCount", NonNull("Int"), Bilingual.Text("m : le nombre de paires liées.", "m: the number of linked pairs."), s => s.LinkCount));
        stats.AddField(Of<NetworkStatistics>("totalWeight", NonNull("Float"), Bilingual.Text("La somme des poids des liens.", "The sum of the link weights."), s => s.TotalWeight));
        stats.AddField(Of<NetworkStatistics>("averageDegree", NonNull("Float"), Bilingual.Text("Le degré moyen des nœuds : 2m/n.", "The average degree of the nodes: 2m/n."), s => s.AverageDegree));
        stats.AddField(Of<NetworkStatistics>("averageWeightedDegree", NonNull("Float"), Bilingual.Text("Le degré pondéré moyen des nœuds : 2 × poids total / n.", "The average weighted degree of the nodes: 2 × total weight / n."), s => s.AverageWeightedDegree));
        stats.AddField(Of<NetworkStatistics>("density", NonNull("Float"), Bilingual.Text("La densité du réseau : 2m/(n(n−1)) ; networkx density.", "The density of the network: 2m/(n(n−1)); networkx density."), s => s.Density));
        stats.AddField(Of<NetworkStatistics>("componentCount", NonNull("Int"), Bilingual.Text("Le nombre de composantes connexes (chaque nœud isolé en compte une).", "The number of connected components (isolated nodes count as one each)."), s => s.ComponentCount));
        stats.AddField(Of<NetworkStatistics>("largestComponentSize", NonNull("Int"), Bilingual.Text("Le nombre de nœuds de la plus grande composante.", "The number of nodes of the largest component."), s => s.LargestComponentSize));
        stats.AddField(Of<NetworkStatistics>("largestComponentShare", NonNull("Float"), Bilingual.Text("La part des nœuds dans la plus grande composante : largestComponentSize / n.", "The share of the nodes in the largest component: largestComponentSize / n."), s => s.LargestComponentShare));
        stats.AddField(Of<NetworkStatistics>("diameter", NonNull("Int"),
            Bilingual.Text("La plus grande longueur de plus court chemin, en sauts, dans la plus grande composante (networkx diameter de ce sous-graphe) ; une borne inférieure quand pathLengthsExact est faux.", "The largest shortest-path length in hops inside the largest component (networkx diameter of that subgraph); a lower bound when pathLengthsExact is false."),
            s => s.Diameter));
        stats.AddField(Of<NetworkStatistics>("averagePathLength", NonNull("Float"),
            Bilingual.Text("La longueur moyenne des plus courts chemins, en sauts, sur les paires ordonnées de la plus grande composante (networkx average_shortest_path_length de ce sous-graphe) ; estimée quand pathLengthsExact est faux.", "The mean shortest-path length in hops over ordered pairs of the largest component (networkx average_shortest_path_length of that subgraph); estimated when pathLengthsExact is false."),
            s => s.AveragePathLength));
        stats.AddField(Of<NetworkStatistics>("pathLengthsExact", NonNull("Boolean"),
            Bilingual.Text(
                $"Vrai quand diameter et averagePathLength viennent de tous les nœuds de la plus grande composante (jusqu'à {PathLengths.ExactLimit:N0} nœuds) ; au-delà, de {PathLengths.SampleSize} sources tirées avec une graine fixe.",
                $"True when diameter and averagePathLength come from every node of the largest component (up to {PathLengths.ExactLimit:N0} nodes); above that, from {PathLengths.SampleSize} sources drawn with a fixed seed."),
            s => s.PathLengthsExact));
        stats.AddField(Of<NetworkStatistics>("triangleCount", NonNull("Float"), Bilingual.Text("Le nombre de triangles (triplets liés deux à deux).", "The number of triangles (linked triples)."), s => (double)s.TriangleCount));
        stats.AddField(Of<NetworkStatistics>("averageClustering", NonNull("Float"),
            Bilingual.Text("Le coefficient de clustering local moyen, les nœuds de moins de deux voisins comptant 0 (networkx average_clustering ; le coefficient de clustering moyen de Gephi).", "The mean local clustering coefficient, nodes with fewer than two neighbours counting 0 (networkx average_clustering; Gephi's average clustering coefficient)."),
            s => s.AverageClustering));
        stats.AddField(Of<NetworkStatistics>("transitivity", NonNull("Float"), Bilingual.Text("Le clustering global : 3 × triangles / triplets connexes (networkx transitivity).", "The global clustering: 3 × triangles / connected triples (networkx transitivity)."), s => s.Transitivity));
        stats.AddField(Of<NetworkStatistics>("degeneracy", NonNull("Int"), Bilingual.Text("Le plus grand nombre de cœur (le k du k-cœur le plus interne).", "The largest core number (the k of the innermost k-core)."), s => s.Degeneracy));
        stats.AddField(Of<NetworkStatistics>("degreeAssortativity", Named("Float"),
            Bilingual.Text("L'assortativité de degré de Newman (networkx degree_assortativity_coefficient) ; null quand elle n'est pas définie (aucun lien, ou toutes les extrémités de liens de même degré).", "Newman's degree assortativity (networkx degree_assortativity_coefficient); null when undefined (no link, or all link ends of equal degree)."),
            s => s.DegreeAssortativity));
        yield return stats;

        var year = new ObjectGraphType { Name = Year, Description = Bilingual.Text("Le réseau de co-participation d'une année : les alliances actives cette année-là (startYear ≤ year ≤ endYear, sans fin quand endYear manque).", "The co-participation network of one year: the alliances active that year (startYear ≤ year ≤ endYear, open when endYear is missing).") };
        year.AddField(Of<NetworkYear>("year", NonNull("Int"), Bilingual.Text("L'année.", "The year."), y => y.Year));
        year.AddField(Of<NetworkYear>("stats", NonNull(Stats), Bilingual.Text("Les statistiques du réseau.", "The network's statistics."), y => y.Statistics));
        yield return year;

        var link = new ObjectGraphType { Name = Link, Description = Bilingual.Text("Un lien d'un réseau, entre deux de ses nœuds.", "A link of a network, between two of its nodes.") };
        link.AddField(Of<NetworkLinkRow>("source", NonNull(SubGraphTypes.Node), Bilingual.Text("Une extrémité (celle de plus petit id).", "One end (the one with the smaller id)."), l => l.Source));
        link.AddField(Of<NetworkLinkRow>("target", NonNull(SubGraphTypes.Node), Bilingual.Text("L'autre extrémité.", "The other end."), l => l.Target));
        link.AddField(Of<NetworkLinkRow>("weight", NonNull("Float"), Bilingual.Text("Le poids du lien.", "The link's weight."), l => l.Weight));
        yield return link;

        var cuts = new ObjectGraphType { Name = Cuts, Description = Bilingual.Text("Là où un réseau est fragile : les liens et les nœuds dont le retrait déconnecte leur composante (networkx bridges et articulation_points).", "Where a network is fragile: links and nodes whose removal disconnects their component (networkx bridges and articulation_points).") };
        cuts.AddField(Of<CutAnswer>("bridges", NonNullListOfNonNull(Link), Bilingual.Text("Les ponts, dans l'ordre des ids.", "The bridges, in id order."), c => c.Cuts.Bridges
            .Select(b => new NetworkLinkRow(Node(c, b.A), Node(c, b.B), Weight(c.Graph, b.A, b.B))).ToList()));
        cuts.AddField(Of<CutAnswer>("articulationPoints", NonNullListOfNonNull(SubGraphTypes.Node), Bilingual.Text("Les points d'articulation, dans l'ordre des ids.", "The articulation points, in id order."),
            c => c.Cuts.ArticulationPoints.Select(v => Node(c, v)).ToList()));
        yield return cuts;

        var page = new ObjectGraphType { Name = ScorePage, Description = Bilingual.Text("Une page du classement complet des nœuds d'un réseau selon une mesure (égalités départagées par l'id).", "A page of the full ranking of a network's nodes by a measure (ties broken by id).") };
        page.AddField(Of<CentralityPage>("totalCount", NonNull("Int"), Bilingual.Text("Le nombre total de nœuds classés.", "The number of nodes ranked in all."), p => p.TotalCount));
        page.AddField(Of<CentralityPage>("hasNextPage", NonNull("Boolean"), Bilingual.Text("S'il y a d'autres rangs après cette page.", "Whether ranks follow this page."), p => p.HasNextPage));
        page.AddField(Of<CentralityPage>("endCursor", Named("String"), Bilingual.Text("À donner comme `after` pour obtenir la page suivante.", "Give it as `after` to get the next page."),
            p => p.Scores.Count == 0 ? null : RankCursor.Of(p.Offset + p.Scores.Count)));
        page.AddField(Of<CentralityPage>("scores", NonNullListOfNonNull(NetworkTypes.Score), Bilingual.Text("Les nœuds classés de cette page.", "The ranked nodes of this page."), p => p.Scores));
        yield return page;
    }

    private static SubGraphNode Node(CutAnswer answer, int graphIndex) =>
        SubGraphNode.From(answer.View, answer.View.IndexOf(answer.Graph.NodeIds[graphIndex]));

    private static double Weight(WeightedGraph graph, int a, int b)
    {
        var neighbors = graph.Neighbors(a);
        var at = neighbors.BinarySearch(b);
        return at >= 0 ? graph.Weights(a)[at] : 0;
    }
}

/// <summary>A link of a network with its two end nodes.</summary>
internal sealed record NetworkLinkRow(SubGraphNode Source, SubGraphNode Target, double Weight);
