using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using KnowledgeGraph.Api.Http;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>
/// A large document over the token budget is refused before it becomes a string (it would land on the large-object
/// heap), with the very answer the execution path gives a small one over the budget.
/// </summary>
public sealed class EarlyTokenCountTests : IAsyncLifetime
{
    private LimitsAppFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new LimitsAppFactory(new Dictionary<string, string> { ["MaxTokens"] = "100" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task A_large_document_over_the_budget_gets_the_answer_a_small_one_gets(string accept)
    {
        var client = factory.CreateClient();
        var small = Repeated(60); // 181 tokens, about 1 KB: counted by the execution path
        var large = Repeated(3000); // about 66 KB: counted before it is a string

        var (smallStatus, smallType, smallBody) = await PostAsync(client, small, accept);
        var (largeStatus, largeType, largeBody) = await PostAsync(client, large, accept);

        Assert.True(Encoding.UTF8.GetByteCount(large) > GraphQLRequestReader.LargeDocumentBytes);
        Assert.Contains("MAX_TOKENS_EXCEEDED", smallBody, StringComparison.Ordinal);
        Assert.Equal((smallStatus, smallType, smallBody), (largeStatus, largeType, largeBody));
    }

    [Fact]
    public void The_reader_checks_only_large_documents_and_keeps_nothing_of_a_refused_one()
    {
        var calls = 0;
        ExecutionError? Refuse(ReadOnlyMemory<char> text)
        {
            calls++;
            return text.Span.EndsWith("}") ? new ExecutionError("refused") : null;
        }

        var small = Read(Repeated(10), Refuse);
        var large = Read(Repeated(3000), Refuse);
        // The JSON string escapes every "o" of "actors": the check reads the text the escapes stand for.
        var escaped = Read(Repeated(3000), text =>
        {
            Assert.Contains("actors", text.ToString(), StringComparison.Ordinal);
            return Refuse(text);
        }, json => json.Replace("actors", "act\\u006frs", StringComparison.Ordinal));

        Assert.Equal(2, calls); // the large one and the escaped one, not the small one
        Assert.Null(small.EarlyRefusal);
        Assert.NotEmpty(small.Query);
        Assert.Equal("refused", large.EarlyRefusal?.Message);
        Assert.Equal("", large.Query);
        Assert.Null(large.Variables);
        Assert.NotNull(escaped.EarlyRefusal);
    }

    private static string Repeated(int fields) => "{ " + string.Concat(Enumerable.Repeat("actors { totalCount } ", fields)) + "}";

    private static GraphQLHttpRequest Read(string query, Func<ReadOnlyMemory<char>, ExecutionError?> check, Func<string, string>? json = null)
    {
        var text = JsonSerializer.Serialize(new { query, variables = new { n = 1 } });
        using var body = JsonDocument.Parse(json is null ? text : json(text));
        return GraphQLRequestReader.FromJsonBody(body.RootElement, new GraphQLSerializer(), check);
    }

    private static async Task<(int, string?, string)> PostAsync(HttpClient client, string query, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }
}
