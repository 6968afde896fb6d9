using System.Text;
using KnowledgeGraph.Api.GraphQL.Execution;

namespace KnowledgeGraph.Api.Tests.GraphQL.Execution;

/// <summary>
/// Store-backed queries are written straight from the store's result; the answer must be byte for byte the one
/// GraphQL.NET's serial strategy gives (field order, aliases, fragments, directives, nulls, enums, numbers, errors).
/// </summary>
public sealed class DirectExecutionTests(ReferenceGraphExecutors executors) : IClassFixture<ReferenceGraphExecutors>
{
    public static TheoryData<string, string?> WrittenDirectly() => new()
    {
        { "{ __typename actors(first: 3) { __typename totalCount nodes { __typename id name kind size employer foundedYear } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }", null },
        { "query Pages { first: actors(first: 2, order: [{ name: DESC }]) { ...Page } again: actors(first: 2, order: [{ name: DESC }]) { nodes { name } ...Page } } fragment Page on ActorConnection { nodes { id ...Names } } fragment Names on Actor { name kind }", null },
        { "{ node(id: \"REG-76\") { __typename id ... on Territory { name level inseeCode parent { id name level } children(first: 3) { totalCount nodes { id name } } } ... on Actor { kind } } }", null },
        { "{ node(id: \"FR\") { id ... on Territory { parent { id } } } }", null },
        { "{ node(id: \"NO-SUCH-NODE\") { id } }", null },
        { "{ search(text: \"occitanie\", first: 5) { score node { __typename id ... on Territory { name level } ... on Actor { name kind } } } }", null },
        { "query ($with: Boolean!) { actors(first: 2) { nodes { id name @include(if: $with) kind @skip(if: $with) } } }", "{\"with\":true}" },
        { "query ($with: Boolean!) { actors(first: 2) { nodes { id name @include(if: $with) kind @skip(if: $with) } } }", "{\"with\":false}" },
        { "{ alliances { aggregate { count startYear { min max sum avg } category { value count } objectives { value count } } } }", null },
        { "{ alliances(first: 3) { nodes { name objectives impacts phase scale startYear endYear } } }", null },
        { "{ findings(first: 5, order: [{ value: DESC }]) { nodes { statement value unit year study { title year } } } }", null },
        { "{ actors(first: 3) { nodes { name alliances(first: 2) { edges { role since cursor node { name } } } } } }", null },
        { "query Named($n: Int) { territories(first: $n, where: { level: { eq: REGION } }) { edges { node { name } } } }", "{\"n\":4}" },
    };

    public static TheoryData<string, string?> AnsweredByTheSerialStrategy() => new()
    {
        { "{ actors(first: -1) { nodes { id } } }", null },
        { "{ alliances(where: { territories: { some: { within: \"NO-SUCH-TERRITORY\" } } }) { totalCount } }", null },
        { "{ __schema { queryType { name } } actors(first: 1) { totalCount } }", null },
        { "{ actors(first: 1, after: \"not-a-cursor\") { nodes { id } } }", null },
    };

    [Theory]
    [MemberData(nameof(WrittenDirectly))]
    public async Task Store_backed_queries_are_written_directly_and_match_the_serial_strategy(string query, string? variables)
    {
        var (json, direct) = await executors.DirectAsync(query, variables);

        Assert.True(direct, json);
        Assert.Equal(await executors.SerialAsync(query, variables), json);
    }

    [Theory]
    [MemberData(nameof(WrittenDirectly))]
    public async Task The_response_of_a_direct_result_is_the_serializers_to_the_byte(string query, string? variables)
    {
        var (result, serialized) = await executors.DirectResultAsync(query, variables);

        Assert.True(PrewrittenData.TryWriteResponse(result, out var response));
        Assert.Equal(serialized, Encoding.UTF8.GetString(response));
    }

    [Theory]
    [MemberData(nameof(AnsweredByTheSerialStrategy))]
    public async Task Errors_and_introspection_are_left_to_the_serial_strategy_with_the_same_answer(string query, string? variables)
    {
        var (json, direct) = await executors.DirectAsync(query, variables);

        Assert.False(direct, json);
        Assert.Equal(await executors.SerialAsync(query, variables), json);
    }

    [Fact]
    public async Task Every_query_of_the_repository_gets_the_serial_strategys_answer()
    {
        var queries = ReferenceGraphExecutors.RepositoryQueries().ToList();
        var direct = 0;
        foreach (var query in queries)
        {
            var (json, wasDirect) = await executors.DirectAsync(query);
            Assert.Equal(await executors.SerialAsync(query), json);
            direct += wasDirect ? 1 : 0;
        }

        // The examples and scenarios are mostly store reads; the analytics ones (neighborhood, centrality) are not.
        Assert.True(queries.Count >= 20, $"{queries.Count} queries");
        Assert.True(direct >= queries.Count - 5, $"{direct} of {queries.Count} written directly");
    }
}
