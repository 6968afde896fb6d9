using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Mutations;

namespace KnowledgeGraph.Api.Tests.Imports;

/// <summary>Seed files zipped in memory (as a client would), the calls to <c>POST /import</c>, and generated CSV.</summary>
public static class SeedZip
{
    public static byte[] Of(IEnumerable<(string Name, string Content)> files, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                var entry = zip.CreateEntry(name, level);
                using var stream = entry.Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }

    public static HttpRequestMessage Request(byte[] body, string? apiKey = WriteAppFactory.AdminKey, string? accept = null,
        string contentType = "application/zip", string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/import") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (apiKey is not null)
            request.Headers.Add("X-Api-Key", apiKey);
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (accept is not null)
            request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    public static async Task<(int Status, JsonObject Body)> PostAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        using (var response = await client.SendAsync(request))
        {
            var text = await response.Content.ReadAsStringAsync();
            return ((int)response.StatusCode, JsonNode.Parse(text)!.AsObject());
        }
    }

    /// <summary>The codes of an error body, in order.</summary>
    public static List<string> Codes(JsonObject body) =>
        body["errors"]?.AsArray().Select(e => (string)e!["extensions"]!["code"]!).ToList() ?? [];

    /// <summary><paramref name="count"/> actors ACT-{prefix}-{i}, with a description long enough to make the file large.</summary>
    public static string Actors(string prefix, int count, Func<int, string>? kind = null)
    {
        var text = new StringBuilder("id:ID,name,kind,description,source\n");
        for (var i = 0; i < count; i++)
        {
            text.Append($"ACT-{prefix}-{i},\"Acteur importé n°{i}, {prefix}\",{kind?.Invoke(i) ?? "ASSOCIATION"},")
                .Append($"\"Une association créée pour l'essai d'import {i} : elle agit localement, avec d'autres.\",IMPORT\n");
        }

        return text.ToString();
    }

    /// <summary>One alliance per ten actors, each actor a partner of its alliance.</summary>
    public static (string Alliances, string Participations) Alliances(string prefix, int actors)
    {
        var alliances = new StringBuilder("id:ID,name,category,source\n");
        var participations = new StringBuilder(":START_ID,:END_ID,role,since:int\n");
        for (var i = 0; i < actors; i += 10)
            alliances.Append($"ALL-{prefix}-{i / 10},Alliance importée {i / 10},SOCIETAL_INNOVATION,IMPORT\n");
        for (var i = 0; i < actors; i++)
            participations.Append($"ACT-{prefix}-{i},ALL-{prefix}-{i / 10},PARTNER,{2000 + i % 20}\n");
        return (alliances.ToString(), participations.ToString());
    }
}
