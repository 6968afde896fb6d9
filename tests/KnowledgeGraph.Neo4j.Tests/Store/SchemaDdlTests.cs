using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Neo4j.Seeding;

namespace KnowledgeGraph.Neo4j.Tests.Store;

public sealed class SchemaDdlTests
{
    [Fact]
    public void Neo4j_3_gets_the_old_syntax_and_no_full_text_index()
    {
        var statements = SchemaDdl.For(new Version(3, 1, 1), KnowledgeGraphSchema.Instance).Select(s => s.Text).ToList();

        Assert.Contains("CREATE CONSTRAINT ON (n:`Actor`) ASSERT n.`id` IS UNIQUE", statements);
        Assert.Contains("CREATE INDEX ON :`Actor`(`__n_name`)", statements);
        Assert.DoesNotContain(statements, s => s.Contains("FULLTEXT", StringComparison.Ordinal));
    }

    [Fact]
    public void Neo4j_5_gets_named_idempotent_ddl_and_a_full_text_index()
    {
        var statements = SchemaDdl.For(new Version(5, 26), KnowledgeGraphSchema.Instance).Select(s => s.Text).ToList();

        Assert.Contains("CREATE CONSTRAINT `actor_id` IF NOT EXISTS FOR (n:`Actor`) REQUIRE n.`id` IS UNIQUE", statements);
        Assert.Contains("CREATE INDEX `actor_name_normalised` IF NOT EXISTS FOR (n:`Actor`) ON (n.`__n_name`)", statements);
        Assert.Single(statements, s => s.StartsWith("CREATE FULLTEXT INDEX `kg_search` IF NOT EXISTS FOR (n:`Actor`|", StringComparison.Ordinal));
    }
}
