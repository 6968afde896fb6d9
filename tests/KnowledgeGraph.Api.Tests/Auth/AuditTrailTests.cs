using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Mutations;
using static KnowledgeGraph.Api.Tests.Mutations.GraphQLClient;

namespace KnowledgeGraph.Api.Tests.Auth;

public sealed class AuditTrailTests(WriteAppFactory app) : IClassFixture<WriteAppFactory>
{
    [Fact]
    public async Task Every_write_is_in_the_audit_trail_with_who_and_what_for_admins_only()
    {
        var client = app.CreateClient();
        var id = $"DOM-T-{Unique()}";
        var written = await DataAsync(client, $$"""mutation { createDomain(input: { id: "{{id}}", name: "Audited", source: "API" }) { dataVersion } }""",
            apiKey: WriteAppFactory.EditorKey);
        var version = (long)written["createDomain"]!["dataVersion"]!;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/audit?after=0&first=1000");
        request.Headers.Add("X-Api-Key", WriteAppFactory.AdminKey);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var entry = Assert.Single(body["entries"]!.AsArray(), e => (long)e!["dataVersion"]! == version)!;
        Assert.Equal("apikey:editor-bot", (string)entry["who"]!);
        Assert.Equal(id, (string)entry["summary"]!["nodesCreated"]![0]!);
        Assert.True(DateTimeOffset.UtcNow - (DateTimeOffset)entry["at"]! < TimeSpan.FromMinutes(5));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/admin/audit")).StatusCode);
        using var editor = new HttpRequestMessage(HttpMethod.Get, "/admin/audit");
        editor.Headers.Add("X-Api-Key", WriteAppFactory.EditorKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(editor)).StatusCode);
    }
}
