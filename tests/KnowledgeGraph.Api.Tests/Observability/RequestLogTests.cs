using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Observability;
using KnowledgeGraph.Api.Tests.Caching;
using KnowledgeGraph.Api.Tests.Hosting;

namespace KnowledgeGraph.Api.Tests.Observability;

/// <summary>One structured line per GraphQL request, without variable values or credentials.</summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task Logs_one_line_per_request_with_its_id_operation_and_time_but_no_values_or_credentials()
    {
        using var seed = new FlagshipSeed(Flagship.SeedRepository);
        await using var factory = new KnowledgeGraphAppFactory { SeedDirectory = seed.Root };
        const string secretValue = "Jeanne-Dupont-06-12-34-56-78";
        const string token = "s3cr3t-t0ken-value";
        var body = JsonSerializer.Serialize(new
        {
            query = "query FindByName($name: String) { actors(where: { name: { eq: $name } }) { totalCount } }",
            variables = new { name = secretValue },
        });
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, GraphQLMediaTypes.Json),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await factory.CreateClient().SendAsync(request);
        await response.Content.ReadAsStringAsync();

        var lines = factory.Logs.Entries.Where(log => log.Category == typeof(GraphQLRequestTelemetry).FullName).ToList();
        var line = Assert.Single(lines).Message;
        Assert.Matches(@"^GraphQL \S+ operation FindByName cache (miss|hit|bypass) status 200 in [0-9.]+ ms$", line);
        Assert.All(factory.Logs.Entries, log =>
        {
            Assert.DoesNotContain(secretValue, log.Message);
            Assert.DoesNotContain(token, log.Message);
        });
    }
}
