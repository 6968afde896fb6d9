using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Neo4j.Cypher;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;
using static KnowledgeGraph.Neo4j.Tests.Compiler.Issue15InsidePlans;

namespace KnowledgeGraph.Neo4j.Tests.Compiler;

public sealed class InsideCompilerTests
{
    private readonly CypherCompiler _compiler = new(KnowledgeGraphSchema.Instance);

    [Fact]
    public void A_selection_read_inside_walks_down_part_of_and_keeps_each_node_once()
    {
        var plan = Collection(Query(Territory, projection: AllProperties(Territory,
            Inside(Select(Territory, "alliances")), Select(Territory, "alliances", key: "direct"))));

        var text = _compiler.Compile(plan).Statement.Text;

        Assert.Contains("(x0)<-[:`PART_OF`*0..]-(ti2:`Territory`)<-[r1:`LOCATED_IN`]-(m0:`Alliance`)", text);
        Assert.Contains("size([(m0)-[:`LOCATED_IN`]->(ti3:`Territory`)-[:`PART_OF`*0..]->(x0) WHERE ti3.`id` < ti2.`id` | 1]) = 0", text);
        Assert.Contains("(x0)<-[r5:`LOCATED_IN`]-(m4:`Alliance`)", text);
    }

    [Theory]
    [InlineData("children")]
    [InlineData("parent")]
    public void Inside_is_refused_where_it_does_not_apply(string field)
    {
        var territory = Inside(Select(Territory, field));
        var actor = Inside(Select(Actor, "alliances"));

        foreach (var selection in new[] { territory, actor })
        {
            var plan = Collection(Query(selection.Field.Source, projection: AllProperties(selection.Field.Source, selection)));
            Assert.Equal("INVALID_QUERY", Assert.Throws<InvalidQueryException>(() => _compiler.Compile(plan)).Code);
        }
    }
}
