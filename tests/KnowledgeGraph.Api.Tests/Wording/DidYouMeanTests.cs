using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Hosting;

namespace KnowledgeGraph.Api.Tests.Wording;

/// <summary>"Did you mean" over HTTP on the reference data: the message ends with the sentence, extensions.suggestions lists the names.</summary>
public sealed class DidYouMeanTests(KnowledgeGraphAppFactory factory) : IClassFixture<KnowledgeGraphAppFactory>
{
    [Fact]
    public async Task An_unknown_enum_value_suggests_the_closest_value()
    {
        var (status, error) = await SingleErrorAsync("{ actors(where: { kind: { eq: FONDATION } }) { totalCount } }");
        Assert.Equal(HttpStatusCode.BadRequest, status); // a validation error, as before
        Assert.EndsWith(" Did you mean \"FOUNDATION\"?", Message(error));
        Assert.Contains("Expected type 'ActorKind', found FONDATION.", Message(error));
        Assert.Equal(["FOUNDATION"], Suggested(error));
        Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", Code(error));
    }

    [Fact]
    public async Task An_unknown_enum_value_in_a_variable_suggests_the_closest_value()
    {
        var (_, error) = await SingleErrorAsync("query($k: ActorKind) { actors(where: { kind: { eq: $k } }) { totalCount } }",
            new { k = "ASOCIATION" });
        Assert.EndsWith(" Did you mean \"ASSOCIATION\"?", Message(error));
        Assert.Equal(["ASSOCIATION"], Suggested(error));
        Assert.Equal("INVALID_VALUE", Code(error));
    }

    [Fact]
    public async Task An_unknown_field_suggests_by_synonym_and_by_spelling()
    {
        var (_, type) = await SingleErrorAsync("{ actors { nodes { type } } }");
        Assert.Equal("Cannot query field 'type' on type 'Actor'. Did you mean \"kind\"?", Message(type));
        Assert.Equal(["kind"], Suggested(type));
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", Code(type));

        var (_, nom) = await SingleErrorAsync("{ alliances { nodes { nom } } }");
        Assert.Equal(["name"], Suggested(nom));

        // GraphQL.NET's own "Did you mean 'name'?" becomes ours.
        var (_, typo) = await SingleErrorAsync("{ actors { nodes { nme } } }");
        Assert.Equal("Cannot query field 'nme' on type 'Actor'. Did you mean \"name\"?", Message(typo));
        Assert.Equal(["name"], Suggested(typo));
    }

    [Fact]
    public async Task An_unknown_argument_suggests_the_closest_argument()
    {
        var (_, error) = await SingleErrorAsync("{ actors(frist: 2) { totalCount } }");
        Assert.Equal("Unknown argument 'frist' on field 'actors' of type 'Query'. Did you mean \"first\"?", Message(error));
        Assert.Equal(["first"], Suggested(error));
        Assert.Equal("KNOWN_ARGUMENT_NAMES", Code(error));

        var (_, filtre) = await SingleErrorAsync("{ alliances(filtre: {}) { totalCount } }");
        Assert.Equal(["where"], Suggested(filtre));
    }

    [Fact]
    public async Task An_unknown_input_field_suggests_the_fields_of_its_input_type_however_deep()
    {
        var (_, top) = await SingleErrorAsync("{ actors(where: { type: { eq: COMPANY } }) { totalCount } }");
        Assert.EndsWith("In field 'type': Unknown field. Did you mean \"kind\"?", Message(top));
        Assert.Equal(["kind"], Suggested(top));

        var (_, deep) = await SingleErrorAsync(
            "{ actors { nodes { alliances(where: { participants: { some: { categori: { eq: PATRONAGE } } } }) { totalCount } } } }");
        // participants are actors: no category there; "categori" is not close to an Actor filter field.
        Assert.DoesNotContain("Did you mean", Message(deep));

        var (_, nested) = await SingleErrorAsync("fragment F on Actor { alliances(where: { categori: { eq: PATRONAGE } }) { totalCount } } { actors { nodes { ...F } } }");
        Assert.EndsWith(" Did you mean \"category\"?", Message(nested));
        Assert.Equal(["category"], Suggested(nested));
    }

    [Fact]
    public async Task An_unknown_id_in_an_analytics_parameter_suggests_the_closest_ids()
    {
        var (status, error) = await SingleErrorAsync("{ shortestPath(from: \"ACT-LE-RAMEAUX\", to: \"ALL-ODD17\") { nodes { id } } }");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("UNKNOWN_ID", Code(error));
        Assert.StartsWith("No node has the id 'ACT-LE-RAMEAUX'. Did you mean \"ACT-LE-RAMEAU\"", Message(error));
        Assert.Equal("ACT-LE-RAMEAU", Suggested(error)[0]);
        Assert.Equal(Suggested(error), ListedIn(Message(error)));
    }

    [Fact]
    public async Task Nothing_close_gets_no_suggestion()
    {
        var (_, field) = await SingleErrorAsync("{ actors { nodes { zzzzqqq } } }");
        Assert.Equal("Cannot query field 'zzzzqqq' on type 'Actor'.", Message(field));
        Assert.False(field["extensions"]!.AsObject().ContainsKey("suggestions"));

        var (_, value) = await SingleErrorAsync("{ actors(where: { kind: { eq: PIRATE } }) { totalCount } }");
        Assert.DoesNotContain("Did you mean", Message(value));
        Assert.False(value["extensions"]!.AsObject().ContainsKey("suggestions"));
    }

    [Fact]
    public async Task Validation_statuses_do_not_change_with_the_graphql_response_media_type()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = "{ actors { nodes { type } } }" }), Encoding.UTF8, GraphQLMediaTypes.Json),
        };
        request.Headers.Accept.ParseAdd(GraphQLMediaTypes.GraphQLResponse);
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal(["kind"], Suggested(error));
        Assert.Equal("5.3.1", (string?)error["extensions"]!["number"]);
        Assert.Single(error["locations"]!.AsArray());
    }

    private static string Message(JsonNode error) => (string)error["message"]!;

    private static string? Code(JsonNode error) => (string?)error["extensions"]?["code"];

    private static List<string> Suggested(JsonNode error) =>
        error["extensions"]?["suggestions"] is JsonArray list ? [.. list.Select(s => (string)s!)] : [];

    private static List<string> ListedIn(string message) =>
        [.. System.Text.RegularExpressions.Regex.Matches(message[message.IndexOf("Did you mean", StringComparison.Ordinal)..], "\"([^\"]*)\"").Select(m => m.Groups[1].Value)];

    private async Task<(HttpStatusCode Status, JsonNode Error)> SingleErrorAsync(string query, object? variables = null)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, GraphQLMediaTypes.Json);
        var response = await factory.CreateClient().PostAsync("/graphql", content);
        var text = await response.Content.ReadAsStringAsync();
        var errors = JsonNode.Parse(text)!["errors"]?.AsArray();
        Assert.True(errors is { Count: 1 }, text);
        return (response.StatusCode, errors[0]!);
    }
}
