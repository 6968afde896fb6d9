using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.Centrality;
using KnowledgeGraph.Core.Analytics.CoParticipation;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Tests.Analytics;

public class CentralityRankingTests
{
    private static readonly GraphView View = AllianceWorld.View();
    private static readonly WeightedGraph Network = CoParticipationNetwork.Build(View).Graph;

    [Fact]
    public void The_top_actors_by_degree_break_ties_by_id()
    {
        var scores = CentralityScores.Compute(Network, CentralityMeasure.Degree);

        var top = CentralityRanking.Rank(View, Network, scores, new RankingRequest(Top: 3));

        Assert.Equal(["ACT-Y", "ACT-X", "ACT-Z"], top.Select(s => s.Id));
        Assert.Equal([1, 2, 3], top.Select(s => s.Rank));
        Assert.Equal([3.0, 2, 2], top.Select(s => s.Score));
        Assert.Equal("Yoga pour tous", top[0].Name);
        Assert.Equal("Actor", top[0].Label);
    }

    [Fact]
    public void Within_a_territory_ranks_the_actors_based_there_by_their_national_score()
    {
        var scores = CentralityScores.Compute(Network, CentralityMeasure.Betweenness);

        var occitanie = CentralityRanking.Rank(View, Network, scores, new RankingRequest(Within: "REG-76"));
        var ileDeFrance = CentralityRanking.Rank(View, Network, scores, new RankingRequest(Within: "REG-11"));

        Assert.Equal(["ACT-Y", "ACT-X"], occitanie.Select(s => s.Id)); // Y is the only way to W
        Assert.True(occitanie[0].Score > 0);
        Assert.Equal(["ACT-W", "ACT-Z"], ileDeFrance.Select(s => s.Id)); // both 0: id order
    }

    [Fact]
    public void Every_measure_gives_one_score_per_node()
    {
        // The network is the triangle X–Y–Z (X–Y weight 2) with W hanging on Y: Y is the most central by every
        // centrality; X, Y and Z share the top core and the triangle, and X and Z have the full clustering (X by id).
        CentralityMeasure[] local = [CentralityMeasure.CoreNumber, CentralityMeasure.Clustering, CentralityMeasure.Triangles];
        foreach (var measure in Enum.GetValues<CentralityMeasure>())
        {
            var scores = CentralityScores.Compute(Network, measure);

            Assert.Equal(Network.NodeCount, scores.Length);
            Assert.Equal(local.Contains(measure) ? "ACT-X" : "ACT-Y", CentralityRanking.Rank(View, Network, scores, new RankingRequest(Top: 1))[0].Id);
        }
    }

    [Fact]
    public void Centrality_on_the_whole_graph_can_be_ranked_by_label()
    {
        var whole = GraphProjection.Undirected(View);
        var scores = CentralityScores.Compute(whole, CentralityMeasure.Degree);

        var alliances = CentralityRanking.Rank(View, whole, scores, new RankingRequest(Top: 2, Labels: ["Alliance"]));

        Assert.Equal(["ALL-A1", "ALL-A2"], alliances.Select(s => s.Id)); // 6 and 5 relationships
        Assert.Equal([6.0, 5], alliances.Select(s => s.Score));
    }

    [Fact]
    public void Every_page_is_the_slice_of_the_fully_sorted_ranking_whatever_the_ties()
    {
        // Few distinct scores (many ties, a NaN now and then), every offset and several page sizes, against a plain
        // full sort written here: every page is its slice, ranks continue across pages, the total counts every node.
        var whole = GraphProjection.Undirected(View);
        var n = whole.NodeCount;
        for (var seed = 0; seed < 20; seed++)
        {
            var random = new Random(seed);
            var scores = Enumerable.Range(0, n).Select(_ => random.Next(12) == 0 ? double.NaN : random.Next(3)).ToArray();
            var expected = Enumerable.Range(0, n)
                .Select(i => (Node: View.IndexOf(whole.NodeIds[i]), Score: scores[i]))
                .OrderByDescending(p => p.Score)
                .ThenBy(p => p.Node)
                .Select(p => View.Node(p.Node).Id)
                .ToList();
            foreach (var offset in Enumerable.Range(0, n + 2))
            {
                foreach (var count in new[] { 0, 1, 2, 3, n })
                {
                    var page = CentralityRanking.Page(View, whole, scores, new RankingRequest(), offset, count);

                    Assert.Equal(expected.Skip(offset).Take(count), page.Scores.Select(s => s.Id));
                    Assert.Equal(Enumerable.Range(offset + 1, page.Scores.Count), page.Scores.Select(s => s.Rank));
                    Assert.Equal(n, page.TotalCount);
                }
            }
        }
    }

    [Fact]
    public void Bad_ranking_requests_are_refused()
    {
        var scores = CentralityScores.Compute(Network, CentralityMeasure.Degree);

        Assert.Equal("INVALID_ARGUMENT", Assert.Throws<InvalidQueryException>(() => CentralityRanking.Rank(View, Network, scores, new RankingRequest(Top: 0))).Code);
        Assert.Equal("UNKNOWN_TERRITORY", Assert.Throws<InvalidQueryException>(() => CentralityRanking.Rank(View, Network, scores, new RankingRequest(Within: "REG-99"))).Code);
    }
}
