using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests.Http;

/// <summary>One assertion for a whole response: status, media type (UTF-8) and exact JSON body.</summary>
public static class ResponseAssert
{
    public static async Task JsonAsync(HttpResponseMessage response, int status, string mediaType, string expectedJson)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"Expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var expected = JsonNode.Parse(expectedJson);
        var actual = JsonNode.Parse(body);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"Expected {expected?.ToJsonString()}\n     got {actual?.ToJsonString()}");
    }

    /// <summary>For errors whose message is GraphQL.NET's: status, media type, no data entry, and the first error's code.</summary>
    public static async Task<JsonObject> RequestErrorAsync(HttpResponseMessage response, int status, string mediaType, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"Expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var json = JsonNode.Parse(body)!.AsObject();
        Assert.False(json.ContainsKey("data"), $"A request error has no data entry: {body}");
        Assert.Equal(code, (string?)json["errors"]![0]!["extensions"]!["code"]);
        return json;
    }

    /// <summary>The error object of a failure the endpoint itself reports, as the serializer writes it.</summary>
    public static string Error(string message, string code) =>
        new JsonObject
        {
            ["errors"] = new JsonArray(new JsonObject
            {
                ["message"] = message,
                ["extensions"] = new JsonObject { ["code"] = code, ["codes"] = new JsonArray(code) },
            }),
        }.ToJsonString();
}
