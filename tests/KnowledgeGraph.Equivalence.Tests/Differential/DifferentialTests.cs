using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace KnowledgeGraph.Equivalence.Tests.Differential;

/// <summary>
/// Random filters generated from the served schema, asked of both stores: every answer must be the same. The seed
/// is fixed (and printed), so a failure replays.
/// </summary>
[Collection(TwoStoresCollection.Name)]
public sealed class DifferentialTests(TwoStores stores, ITestOutputHelper output)
{
    public const int Seed = 20240607;
    public const int Count = 200;

    [Fact]
    public async Task Random_filters_give_the_same_answers_on_both_stores()
    {
        var schema = SchemaModel.Parse(JsonNode.Parse(await TwoStores.AskAsync(stores.EmbeddedClient, SchemaModel.IntrospectionQuery) is var text ? text[4..] : "")!);
        var generator = new FilterGenerator(schema, new ValuePool(stores.Data), new Random(Seed));
        var differences = new StringBuilder();
        int differing = 0, matching = 0, errors = 0;

        for (var i = 0; i < Count; i++)
        {
            var query = generator.NextOperation();
            var (embedded, neo4j) = await stores.AskBothAsync(query);
            if (i < 8)
                output.WriteLine($"#{i} {query}\n   -> {Shorten(embedded)[..Math.Min(embedded.Length, 160)]}");
            if (embedded != neo4j)
            {
                differing++;
                if (differing <= 10)
                    differences.Append($"\n#{i} query: {query}\n  embedded: {Shorten(embedded)}\n  neo4j:    {Shorten(neo4j)}\n");
            }
            else if (embedded.Contains("\"errors\"", StringComparison.Ordinal))
            {
                errors++;
            }
            else if (!embedded.Contains("\"totalCount\":0", StringComparison.Ordinal))
            {
                matching++;
            }
        }

        output.WriteLine($"seed {Seed}: {Count} operations, {differing} differ, {matching} non-empty answers, {errors} error answers");
        Assert.True(differing == 0, $"seed {Seed}: {differing} of {Count} operations differ:{differences}");
        Assert.True(matching >= Count / 4, $"seed {Seed}: only {matching} of {Count} operations matched anything: the generator proves little");
        Assert.True(errors <= Count / 5, $"seed {Seed}: {errors} of {Count} operations are errors: the generator builds invalid filters");
    }

    private static string Shorten(string answer) => answer.Length <= 1500 ? answer : answer[..1500] + "…";
}
