using System.Net;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using GraphQL.Validation;
using KnowledgeGraph.Api.GraphQL.Documents;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Hosting;
using KnowledgeGraph.Api.Tests.Limits;
using KnowledgeGraph.Api.Tests.Mutations;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>
/// The parsed-document cache: a query is kept from its second run on, then reuses its parsed document and answers the
/// same, and a cached document still goes through every rule that depends on the request (variables, HTTP method,
/// identity).
/// </summary>
public sealed class DocumentCacheTests
{
    private const string CostQuery = "query($n: Int) { actors(first: $n) { nodes { alliances(first: $n) { nodes { id } } } } }";

    [Fact]
    public async Task A_repeated_query_reuses_its_parsed_document_and_answers_the_same_json()
    {
        await using var factory = new KnowledgeGraphAppFactory();
        const string query = "{ actors(first: 5) { totalCount nodes { id name kind } } }";

        var first = await ExecuteInAppAsync(factory, query);
        Assert.False(Cache(factory).Holds(query, null)); // seen once: not worth a place yet
        var second = await ExecuteInAppAsync(factory, query);
        Assert.True(Cache(factory).Holds(query, null));
        var third = await ExecuteInAppAsync(factory, query);
        Assert.True(first.Executed && second.Executed && third.Executed);
        Assert.NotSame(first.Document, second.Document);
        Assert.Same(second.Document, third.Document);

        var client = factory.CreateClient();
        var answers = new List<string>();
        for (var i = 0; i < 3; i++)
            answers.Add(await (await PostAsync(client, query)).Content.ReadAsStringAsync());
        Assert.Contains("\"totalCount\"", answers[0]);
        Assert.All(answers, answer => Assert.Equal(answers[0], answer));
    }

    [Fact]
    public async Task A_document_refused_by_validation_is_not_kept()
    {
        await using var factory = new KnowledgeGraphAppFactory();
        const string query = "{ actors(first: 5) { noSuchField } }";

        var first = await ExecuteInAppAsync(factory, query);
        var second = await ExecuteInAppAsync(factory, query);

        Assert.False(first.Executed || second.Executed);
        Assert.False(Cache(factory).Holds(query, null));
    }

    [Fact]
    public async Task A_cached_document_is_still_costed_with_the_request_variables()
    {
        await using var factory = new KnowledgeGraphAppFactory();
        var client = factory.CreateClient();

        var (small, smallBody) = await GraphQLPost.SendAsync(client, CostQuery, variables: new { n = 2 });
        GraphQLPost.AssertAnswered(small, smallBody);
        var (again, againBody) = await GraphQLPost.SendAsync(client, CostQuery, variables: new { n = 3 });
        GraphQLPost.AssertAnswered(again, againBody);
        Assert.True(Cache(factory).Holds(CostQuery, null));

        var (large, largeBody) = await GraphQLPost.SendAsync(client, CostQuery, variables: new { n = 1000 });
        GraphQLPost.AssertRefused(large, largeBody, HttpStatusCode.BadRequest, "MAX_COST_EXCEEDED");
    }

    [Fact]
    public async Task A_cached_document_still_gets_the_page_size_limit_with_the_request_variables()
    {
        await using var factory = new LimitsAppFactory(new Dictionary<string, string> { ["MaxPageSize"] = "100" });
        var client = factory.CreateClient();
        const string query = "query($n: Int) { actors(first: $n) { totalCount } }";

        foreach (var n in new[] { 99, 100 }) // two answers (an answer served from the response cache reads no document)
        {
            var (ok, okBody) = await GraphQLPost.SendAsync(client, query, variables: new { n });
            GraphQLPost.AssertAnswered(ok, okBody);
        }
        Assert.True(Cache(factory).Holds(query, null));

        var (refused, refusedBody) = await GraphQLPost.SendAsync(client, query, variables: new { n = 101 });
        GraphQLPost.AssertRefused(refused, refusedBody, HttpStatusCode.BadRequest, "INVALID_PAGINATION");
    }

    [Fact]
    public async Task A_mutation_cached_from_an_authorised_post_is_still_refused_over_get_and_without_credentials()
    {
        await using var factory = new WriteAppFactory();
        var client = factory.CreateClient();
        var document = $$"""
            query Q { node(id: "REG-76") { id } }
            mutation M { createDomain(input: { id: "DOM-T-{{GraphQLClient.Unique()}}", name: "Cache test", source: "API" }) { nodesCreatedCount } }
            """;

        for (var i = 0; i < 3; i++) // the third run is a cache hit (the create may then fail on the duplicate id)
        {
            var (response, _) = await GraphQLPost.SendAsync(client, document, operationName: "M", apiKey: WriteAppFactory.AdminKey);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.True(Cache(factory).Holds(document, "M"));

        var url = $"/graphql?query={Uri.EscapeDataString(document)}&operationName=M";
        using var get = new HttpRequestMessage(HttpMethod.Get, url);
        get.Headers.Add("X-Api-Key", WriteAppFactory.AdminKey);
        var overGet = await client.SendAsync(get);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, overGet.StatusCode);

        var (anonymousResponse, anonymousBody) = await GraphQLPost.SendAsync(client, document, operationName: "M");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousResponse.StatusCode);
        Assert.Equal(["UNAUTHENTICATED"], GraphQLClient.ErrorCodes(anonymousBody));
    }

    [Theory]
    [InlineData("{ actors(first: 2) { nodes { id } } }", null, 2)] // kept after its second run
    [InlineData("query($n: Int) { actors(first: $n) { nodes { id } } }", "{\"n\":2}", 4)]
    public async Task Document_only_rules_run_again_on_a_kept_document_only_when_it_declares_variables(string query, string? variables, int runs)
    {
        await using var factory = new KnowledgeGraphAppFactory();
        var rule = new CountingDocumentOnlyRule();

        for (var i = 0; i < 4; i++)
            Assert.True((await ExecuteInAppAsync(factory, query, variables, rule)).Executed);

        Assert.Equal(runs, rule.Runs);
    }

    private sealed class CountingDocumentOnlyRule : ValidationRuleBase, IDocumentOnlyValidationRule
    {
        private int _runs;

        public int Runs => _runs;

        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        {
            Interlocked.Increment(ref _runs);
            return default;
        }
    }

    private static DocumentCacheExecution Cache(KnowledgeGraphAppFactory factory) =>
        factory.Services.GetServices<IConfigureExecution>().OfType<DocumentCacheExecution>().Single();

    private static async Task<ExecutionResult> ExecuteInAppAsync(
        KnowledgeGraphAppFactory factory, string query, string? variables = null, IValidationRule? extraRule = null)
    {
        using var scope = factory.Services.CreateScope();
        var serializer = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>();
        return await scope.ServiceProvider.GetRequiredService<IDocumentExecuter>().ExecuteAsync(new ExecutionOptions
        {
            Schema = scope.ServiceProvider.GetRequiredService<ISchema>(),
            Query = query,
            Variables = variables is null ? null : serializer.Deserialize<Inputs>(variables),
            ValidationRules = extraRule is null ? null : DocumentValidator.CoreRules.Append(extraRule),
            RequestServices = scope.ServiceProvider,
        });
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string query) =>
        client.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, GraphQLMediaTypes.Json));
}
