using System.Text.Json;
using KnowledgeGraph.Core.Text;
using static KnowledgeGraph.Core.Schema.Model.DomainRelationships;

namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed class FlagshipExecutionTests
{
    [Fact]
    public async Task The_flagship_query_answers_what_the_graph_says()
    {
        var world = SmallWorld.Create();
        using var host = new GraphQLTestHost(world.Build());

        var data = await host.DataAsync(await File.ReadAllTextAsync(RepositoryPath("ui", "graphiql", "examples", "flagship.graphql")));

        var actors = data.GetProperty("actors");
        var expected = ExpectedAnswer(world);
        Assert.Equal(expected.Count, actors.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected, actors.GetProperty("nodes").EnumerateArray().Select(Describe).ToList());
        Assert.NotEmpty(expected);
    }

    /// <summary>The flagship question answered directly over the test's records.</summary>
    private static List<string> ExpectedAnswer(TestGraph world)
    {
        bool Within(string territory, string region)
        {
            for (string? current = territory; current is not null; current = world.Targets(PartOf, current).SingleOrDefault())
            {
                if (current == region)
                {
                    return true;
                }
            }

            return false;
        }

        IEnumerable<string> Associations(string alliance) =>
            world.Sources(ParticipatesIn, alliance).Where(a => (string)world[a].Properties["kind"] == "ASSOCIATION").Order(StringComparer.Ordinal);

        bool Qualifies(string alliance) =>
            (string)world[alliance].Properties["category"] == "SOCIETAL_INNOVATION"
            && world.Targets(LocatedIn, alliance).Any(t => Within(t, "REG-76"))
            && Associations(alliance).Any();

        return world.Nodes
            .Where(n => n.Label.Name == "Actor" && (string)n.Properties["kind"] == "COMPANY")
            .Select(company => (company, alliances: world.Relationships
                .Where(r => r.Definition == ParticipatesIn && r.StartId == company.Id && Qualifies(r.EndId))
                .OrderBy(r => r.EndId, StringComparer.Ordinal)
                .ToList()))
            .Where(c => c.alliances.Count > 0)
            .OrderBy(c => TextNormalizer.Normalize(world.Name(c.company.Id)), StringComparer.Ordinal)
            .Select(c => $"{world.Name(c.company.Id)} {c.company.Properties["size"]}: " + string.Join("; ", c.alliances.Select(r =>
                $"{r.Properties["role"]} {world.Name(r.EndId)} in " +
                string.Join(",", world.Targets(LocatedIn, r.EndId).Order(StringComparer.Ordinal)
                    .Select(t => $"{world.Name(t)}/{world[t].Properties["level"]}")) +
                " with " + string.Join(",", Associations(r.EndId).Select(world.Name)))))
            .ToList();
    }

    private static string Describe(JsonElement actor) =>
        $"{actor.GetProperty("name").GetString()} {actor.GetProperty("size").GetString()}: " + string.Join("; ",
            actor.At("alliances", "edges").EnumerateArray().Select(edge =>
            {
                var alliance = edge.GetProperty("node");
                return $"{edge.GetProperty("role").GetString()} {alliance.GetProperty("name").GetString()} in " +
                    string.Join(",", alliance.At("territories", "nodes").EnumerateArray()
                        .Select(t => $"{t.GetProperty("name").GetString()}/{t.GetProperty("level").GetString()}")) +
                    " with " + string.Join(",", alliance.At("participants", "nodes").Strings("name"));
            }));

    internal static string RepositoryPath(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine([directory.FullName, .. parts])))
        {
            directory = directory.Parent;
        }

        return Path.Combine([directory?.FullName ?? throw new FileNotFoundException(Path.Combine(parts)), .. parts]);
    }
}
