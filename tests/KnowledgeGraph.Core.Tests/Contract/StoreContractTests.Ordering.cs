using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Tests.TestGraphs;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Core.Tests.Contract;

public abstract partial class StoreContractTests
{
    /// <summary>Names that sort differently raw and normalised; a tie on "arbre"; missing years and employers.</summary>
    private static TestGraph OrderGraph() => new TestGraph()
        .Actor("ACT-1", "Zèbre", "COMPANY", ("foundedYear", 2000), ("employer", true))
        .Actor("ACT-2", "école", "ASSOCIATION", ("foundedYear", 1990))
        .Actor("ACT-3", "Arbre", "FOUNDATION", ("employer", false))
        .Actor("ACT-4", "Éclair", "ASSOCIATION", ("foundedYear", 2010), ("employer", true))
        .Actor("ACT-0", "arbre", "COMPANY", ("foundedYear", 2000));

    private async Task<string> OrderedIds(params OrderKey[] order) =>
        Ids(await ReadConnection(OrderGraph(), Query(Actor, order: order)));

    [Fact]
    public async Task Default_order_is_id_ascending() =>
        Assert.Equal("ACT-0,ACT-1,ACT-2,ACT-3,ACT-4", await OrderedIds());

    [Fact]
    public async Task Text_sorts_by_normalised_value_with_id_breaking_ties() =>
        Assert.Equal("ACT-0,ACT-3,ACT-4,ACT-2,ACT-1", await OrderedIds(Asc(Actor, "name")));

    [Fact]
    public async Task Descending_reverses_keys_but_ties_stay_id_ascending() =>
        Assert.Equal("ACT-1,ACT-2,ACT-4,ACT-0,ACT-3", await OrderedIds(Desc(Actor, "name")));

    [Fact]
    public async Task Missing_numbers_sort_last_ascending_and_first_descending()
    {
        Assert.Equal("ACT-2,ACT-0,ACT-1,ACT-4,ACT-3", await OrderedIds(Asc(Actor, "foundedYear")));
        Assert.Equal("ACT-3,ACT-4,ACT-0,ACT-1,ACT-2", await OrderedIds(Desc(Actor, "foundedYear")));
    }

    [Fact]
    public async Task Booleans_sort_false_before_true_and_missing_last() =>
        Assert.Equal("ACT-3,ACT-1,ACT-4,ACT-0,ACT-2", await OrderedIds(Asc(Actor, "employer")));

    [Fact]
    public async Task Enums_sort_by_name_not_by_declaration_order() =>
        Assert.Equal("ACT-2,ACT-4,ACT-0,ACT-1,ACT-3", await OrderedIds(Asc(Actor, "kind")));

    [Fact]
    public async Task Several_keys_apply_in_order()
    {
        Assert.Equal("ACT-4,ACT-2,ACT-0,ACT-1,ACT-3", await OrderedIds(Asc(Actor, "kind"), Desc(Actor, "foundedYear")));
        Assert.Equal("ACT-0,ACT-2,ACT-4,ACT-1,ACT-3", await OrderedIds(Desc(Actor, "employer"), Asc(Actor, "name")));
    }

    [Fact]
    public async Task Explicit_id_order_can_be_descending() =>
        Assert.Equal("ACT-4,ACT-3,ACT-2,ACT-1,ACT-0", await OrderedIds(Desc(Actor, "id")));
}
