namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed class OneStoreCallTests
{
    private static readonly TestGraph World = SmallWorld.Create();

    [Fact]
    public async Task A_deep_operation_with_many_root_fields_reads_the_store_once()
    {
        using var host = new GraphQLTestHost(World.Build());
        var data = await host.DataAsync("""
            {
              actors {
                nodes {
                  name
                  territories { nodes { name parent { name parent { name } } } }
                  alliances {
                    edges {
                      role
                      node {
                        participants { nodes { name alliances { nodes { territories { nodes { children { totalCount } } } } } } }
                      }
                    }
                  }
                }
              }
              territories { totalCount }
              alliances(first: 2) { nodes { name } }
              node(id: "FR") { id }
              search(text: "alliance") { score }
            }
            """);
        Assert.Equal(1, host.Store.Calls);
        // Alpha Énergie is based in Montpellier, inside Hérault, inside Occitanie.
        Assert.Equal(World.Nodes.Count(n => n.Label.Name == "Actor"), data.At("actors", "nodes").GetArrayLength());
        Assert.Equal("Occitanie", data.At("actors", "nodes")[0].At("territories", "nodes")[0].At("parent", "parent", "name").GetString());
    }

    [Fact]
    public async Task Each_operation_reads_once_and_introspection_reads_nothing()
    {
        using var host = new GraphQLTestHost(World.Build());
        await host.DataAsync("{ a: actors { totalCount } b: actors { totalCount } }");
        await host.DataAsync("{ territories { totalCount } }");
        Assert.Equal(2, host.Store.Calls);

        await host.DataAsync("{ __schema { queryType { name } } __typename }");
        Assert.Equal(2, host.Store.Calls);
    }
}
