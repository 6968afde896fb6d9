using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Tests.TestGraphs;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Core.Tests.Contract;

public abstract partial class StoreContractTests
{
    private static TestGraph SearchGraph() => TestGraph.France()
        .Actor("ACT-EXACT", "Le Rameau", "ASSOCIATION")
        .Actor("ACT-PREFIX-B", "Le RAMEAU Conseil", "COMPANY")
        .Actor("ACT-PREFIX-A", "le rameau conseil", "COMPANY")
        .Actor("ACT-DESC", "Observatoire", "ASSOCIATION", ("description", "Fondé avec LE RAMEAU en 2008"))
        .Actor("ACT-OTHER", "Admical", "ASSOCIATION", ("description", "Mécénat"))
        .Alliance("ALL-CONTAINS", "Programme Le Rameau", "SOCIETAL_INNOVATION")
        .Node(Network, "NET-CONTAINS", ("name", "Amis du Rameau"), ("kind", "PLATFORM"));

    private async Task<IReadOnlyList<SearchHit>> Search(string text, int first = 20, params LabelDef[] labels)
    {
        var projections = TestGraph.Schema.Labels.ToDictionary(l => l, l => AllProperties(l));
        var result = await Store(SearchGraph()).ReadAsync(new ReadPlan([new SearchRead("search", text, labels, first, projections)]), CancellationToken.None);
        return result.Get<IReadOnlyList<SearchHit>>("search") ?? throw new InvalidOperationException("No search result.");
    }

    private static string Ranked(IReadOnlyList<SearchHit> hits) => string.Join(",", hits.Select(h => $"{h.Node.Id}:{h.Score}"));

    [Fact]
    public async Task Search_ranks_equal_then_prefix_then_contains_then_description_ignoring_case_and_accents()
    {
        var hits = await Search("le râmeau");

        Assert.Equal("ACT-EXACT:4,ACT-PREFIX-A:3,ACT-PREFIX-B:3,ALL-CONTAINS:2,ACT-DESC:1", Ranked(hits));
        Assert.Equal("Le Rameau", Value(hits[0].Node, "name"));
    }

    [Fact]
    public async Task Search_ties_break_by_normalised_display_value_before_id()
    {
        var hits = await Search("rameau");

        // All display values contain "rameau": "amis du rameau" comes first although NET- sorts after ACT-.
        Assert.Equal("NET-CONTAINS:2,ACT-EXACT:2,ACT-PREFIX-A:2,ACT-PREFIX-B:2,ALL-CONTAINS:2,ACT-DESC:1", Ranked(hits));
    }

    [Fact]
    public async Task Search_can_be_restricted_to_labels()
    {
        Assert.Equal("ALL-CONTAINS:2", Ranked(await Search("rameau", 20, Alliance)));
        Assert.Equal("NET-CONTAINS:2,ALL-CONTAINS:2", Ranked(await Search("rameau", 20, Alliance, Network)));
    }

    [Fact]
    public async Task Search_returns_at_most_first_hits_best_first()
    {
        Assert.Equal("ACT-EXACT:4,ACT-PREFIX-A:3", Ranked(await Search("LE RAMEAU", 2)));
        Assert.Empty(await Search("introuvable"));
    }
}
