using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Observability;
using KnowledgeGraph.Api.Tests.Caching;
using KnowledgeGraph.Api.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Tests.Observability;

/// <summary>One structured line per GraphQL request, without variable values or credentials.</summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task Logs_one_line_per_request_with_its_id_operation_and_time_but_no_values_or_credentials()
    {
        using var seed = new FlagshipSeed(Flagship.SeedRepository);
        await using var host = new KnowledgeGraphAppFactory { SeedDirectory = seed.Root };
        // The line is written at Debug (issue 7: at Information it cost ~5% of CPU under load); turn it on here.
        await using var factory = host.WithWebHostBuilder(builder =>
            builder.ConfigureLogging(logging => logging.AddFilter(typeof(GraphQLRequestTelemetry).FullName, LogLevel.Debug)));
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

        var lines = host.Logs.Entries.Where(log => log.Category == typeof(GraphQLRequestTelemetry).FullName).ToList();
        var entry = Assert.Single(lines);
        Assert.Equal(LogLevel.Debug, entry.Level);
        var line = entry.Message;
        Assert.Matches(@"^GraphQL \S+ operation FindByName cache (miss|hit|bypass) status 200 in [0-9.]+ ms$", line);
        Assert.All(host.Logs.Entries, log =>
        {
            Assert.DoesNotContain(secretValue, log.Message);
            Assert.DoesNotContain(token, log.Message);
        });
    }

    [Fact]
    public async Task At_the_default_levels_no_line_is_written_per_request()
    {
        using var seed = new FlagshipSeed(Flagship.SeedRepository);
        await using var factory = new KnowledgeGraphAppFactory { SeedDirectory = seed.Root };
        var body = JsonSerializer.Serialize(new { query = "{ actors(first: 1) { totalCount } }" });

        var response = await factory.CreateClient().PostAsync("/graphql", new StringContent(body, Encoding.UTF8, GraphQLMediaTypes.Json));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(factory.Logs.Entries, log => log.Category == typeof(GraphQLRequestTelemetry).FullName);
    }
}
