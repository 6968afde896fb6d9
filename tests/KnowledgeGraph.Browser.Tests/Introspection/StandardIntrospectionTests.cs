using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Browser.Tests.Clients;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Browser.Tests.Introspection;

/// <summary>
/// The standard introspection query as codegen, IDEs and gateways send it (graphql-js's <c>getIntrospectionQuery</c>
/// with every option), against the live service, checked by graphql-js itself.
/// </summary>
public sealed class StandardIntrospectionTests : IAsyncLifetime
{
    private readonly KestrelApiFactory _api = new();
    private JsonElement _report;

    public async Task InitializeAsync()
    {
        var endpoint = new Uri(_api.Start(), "/graphql");
        var sdlFile = Path.Combine(Path.GetTempPath(), "kg-tests", $"{Guid.NewGuid():N}.graphql");
        Directory.CreateDirectory(Path.GetDirectoryName(sdlFile)!);
        await File.WriteAllTextAsync(sdlFile, _api.Services.GetRequiredService<ISchema>().Print());
        try
        {
            _report = await WebClients.RunAsync("introspect.mjs", endpoint.ToString(), sdlFile);
        }
        finally
        {
            File.Delete(sdlFile);
        }
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public void The_full_introspection_query_is_answered_and_builds_a_valid_client_schema()
    {
        Assert.True(_report.GetProperty("status").GetInt32() == 200, _report.ToString());
        Assert.False(_report.TryGetProperty("errors", out _), _report.ToString());
        Assert.Empty(_report.GetProperty("validation").EnumerateArray());
        Assert.Equal(["include", "skip", "deprecated", "oneOf", "specifiedBy"],
            _report.GetProperty("directives").EnumerateArray().Select(name => name.GetString()));
        // French first, then English (the schema's descriptions are bilingual).
        var description = _report.GetProperty("description").GetString();
        Assert.StartsWith("Le graphe de connaissances du mouvement « faire alliance »", description);
        Assert.Contains("\n\nThe \"faire alliance\" knowledge graph", description);
    }

    [Fact]
    public void The_introspected_schema_prints_as_the_service_sdl()
    {
        Assert.Empty(_report.GetProperty("serviceValidation").EnumerateArray());
        Assert.True(_report.GetProperty("sdlMatches").GetBoolean(), _report.ToString());
        Assert.Empty(_report.GetProperty("changes").EnumerateArray());
    }

    [Fact]
    public void Inputs_that_take_exactly_one_field_are_oneOf()
    {
        Assert.Equal(["ChangeInput"], _report.GetProperty("oneOf").EnumerateArray().Select(name => name.GetString()));
    }
}
