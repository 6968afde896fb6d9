using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Hosting;

namespace KnowledgeGraph.Api.Tests.Tables;

/// <summary>The real app on the repository's reference seed, with helpers to ask for an answer as CSV or as JSON.</summary>
public class TablesApp : KnowledgeGraphAppFactory
{
    public const string Csv = "text/csv";

    public async Task<HttpResponseMessage> PostAsync(string query, string accept, string queryString = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql" + queryString)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, GraphQLMediaTypes.Json),
        };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await CreateClient().SendAsync(request);
    }

    public async Task<HttpResponseMessage> GetAsync(string query, string accept, string more = "", EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(query)}{more}");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (ifNoneMatch is not null)
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        return await CreateClient().SendAsync(request);
    }

    /// <summary>The JSON answer's data (no errors allowed): the oracle a CSV is compared with.</summary>
    public async Task<JsonNode> DataAsync(string query)
    {
        using var response = await PostAsync(query, GraphQLMediaTypes.GraphQLResponse);
        var text = await response.Content.ReadAsStringAsync();
        var json = JsonNode.Parse(text)!.AsObject();
        Assert.False(json.ContainsKey("errors"), text);
        return json["data"]!;
    }

    /// <summary>A CSV answer (200, text/csv, attachment) read back by Python.</summary>
    public static async Task<PythonCsv> ReadCsvAsync(HttpResponseMessage response, char delimiter = ',')
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {Encoding.UTF8.GetString(bytes)}");
        Assert.Equal(Csv, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment; filename=\"answer.csv\"", Assert.Single(response.Content.Headers.GetValues("Content-Disposition")));
        var csv = await PythonCsv.ReadAsync(bytes, delimiter);
        Assert.True(csv.Bom, "The file starts with a UTF-8 byte order mark.");
        return csv;
    }
}
