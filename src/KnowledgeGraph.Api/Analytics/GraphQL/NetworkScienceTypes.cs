using GraphQL.Types;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.Centrality;
using KnowledgeGraph.Core.Analytics.Structure;
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
            Description = "Summary statistics of an undirected network, with networkx's conventions (and Gephi's statistics panel). "
                + "Path lengths, clustering, degeneracy and assortativity ignore the weights.",
        };
        stats.AddField(Of<NetworkStatistics>("nodeCount", NonNull("Int"), "n: the nodes (isolated ones included).", s => s.NodeCount));
        stats.AddField(Of<NetworkStatistics>("linkCount", NonNull("Int"), "m: the linked pairs.", s => s.LinkCount));
        stats.AddField(Of<NetworkStatistics>("totalWeight", NonNull("Float"), "The sum of the link weights.", s => s.TotalWeight));
        stats.AddField(Of<NetworkStatistics>("averageDegree", NonNull("Float"), "2m/n.", s => s.AverageDegree));
        stats.AddField(Of<NetworkStatistics>("averageWeightedDegree", NonNull("Float"), "2 × total weight / n.", s => s.AverageWeightedDegree));
        stats.AddField(Of<NetworkStatistics>("density", NonNull("Float"), "2m/(n(n−1)); networkx density.", s => s.Density));
        stats.AddField(Of<NetworkStatistics>("componentCount", NonNull("Int"), "The connected components (isolated nodes count as one each).", s => s.ComponentCount));
        stats.AddField(Of<NetworkStatistics>("largestComponentSize", NonNull("Int"), "The nodes of the largest component.", s => s.LargestComponentSize));
        stats.AddField(Of<NetworkStatistics>("largestComponentShare", NonNull("Float"), "largestComponentSize / n.", s => s.LargestComponentShare));
        stats.AddField(Of<NetworkStatistics>("diameter", NonNull("Int"),
            "The largest shortest-path length in hops inside the largest component (networkx diameter of that subgraph); a lower bound when pathLengthsExact is false.",
            s => s.Diameter));
        stats.AddField(Of<NetworkStatistics>("averagePathLength", NonNull("Float"),
            "The mean shortest-path length in hops over ordered pairs of the largest component (networkx average_shortest_path_length of that subgraph); estimated when pathLengthsExact is false.",
            s => s.AveragePathLength));
        stats.AddField(Of<NetworkStatistics>("pathLengthsExact", NonNull("Boolean"),
            $"True when diameter and averagePathLength come from every node of the largest component (up to {PathLengths.ExactLimit:N0} nodes); above that, from {PathLengths.SampleSize} sources drawn with a fixed seed.",
            s => s.PathLengthsExact));
        stats.AddField(Of<NetworkStatistics>("triangleCount", NonNull("Float"), "The triangles (linked triples).", s => (double)s.TriangleCount));
        stats.AddField(Of<NetworkStatistics>("averageClustering", NonNull("Float"),
            "The mean local clustering coefficient, nodes with fewer than two neighbours counting 0 (networkx average_clustering; Gephi's average clustering coefficient).",
            s => s.AverageClustering));
        stats.AddField(Of<NetworkStatistics>("transitivity", NonNull("Float"), "Global clustering: 3 × triangles / connected triples (networkx transitivity).", s => s.Transitivity));
        stats.AddField(Of<NetworkStatistics>("degeneracy", NonNull("Int"), "The largest core number (the k of the innermost k-core).", s => s.Degeneracy));
        stats.AddField(Of<NetworkStatistics>("degreeAssortativity", Named("Float"),
            "Newman's degree assortativity (networkx degree_assortativity_coefficient); null when undefined (no link, or all link ends of equal degree).",
            s => s.DegreeAssortativity));
        yield return stats;

        var year = new ObjectGraphType { Name = Year, Description = "The co-participation network of one year: the alliances active that year (startYear ≤ year ≤ endYear, open when endYear is missing)." };
        year.AddField(Of<NetworkYear>("year", NonNull("Int"), "The year.", y => y.Year));
        year.AddField(Of<NetworkYear>("stats", NonNull(Stats), "The network's statistics.", y => y.Statistics));
        yield return year;

        var link = new ObjectGraphType { Name = Link, Description = "A link of a network, between two of its nodes." };
        link.AddField(Of<NetworkLinkRow>("source", NonNull(SubGraphTypes.Node), "One end (the smaller id).", l => l.Source));
        link.AddField(Of<NetworkLinkRow>("target", NonNull(SubGraphTypes.Node), "The other end.", l => l.Target));
        link.AddField(Of<NetworkLinkRow>("weight", NonNull("Float"), "The link's weight.", l => l.Weight));
        yield return link;

        var cuts = new ObjectGraphType { Name = Cuts, Description = "Where a network is fragile: links and nodes whose removal disconnects their component (networkx bridges and articulation_points)." };
        cuts.AddField(Of<CutAnswer>("bridges", NonNullListOfNonNull(Link), "The bridges, in id order.", c => c.Cuts.Bridges
            .Select(b => new NetworkLinkRow(Node(c, b.A), Node(c, b.B), Weight(c.Graph, b.A, b.B))).ToList()));
        cuts.AddField(Of<CutAnswer>("articulationPoints", NonNullListOfNonNull(SubGraphTypes.Node), "The articulation points, in id order.",
            c => c.Cuts.ArticulationPoints.Select(v => Node(c, v)).ToList()));
        yield return cuts;

        var page = new ObjectGraphType { Name = ScorePage, Description = "A page of the full ranking of a network's nodes by a measure (ties broken by id)." };
        page.AddField(Of<CentralityPage>("totalCount", NonNull("Int"), "The nodes ranked in all.", p => p.TotalCount));
        page.AddField(Of<CentralityPage>("hasNextPage", NonNull("Boolean"), "Whether ranks follow this page.", p => p.HasNextPage));
        page.AddField(Of<CentralityPage>("endCursor", Named("String"), "Give it as `after` to get the next page.",
            p => p.Scores.Count == 0 ? null : RankCursor.Of(p.Offset + p.Scores.Count)));
        page.AddField(Of<CentralityPage>("scores", NonNullListOfNonNull(NetworkTypes.Score), "The ranked nodes of this page.", p => p.Scores));
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
