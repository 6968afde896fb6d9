using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeGraph.Browser.Tests.Ide;

/// <summary>
/// The IDE's "Download CSV" menu in real headless Chromium against the real server's CSV answers: the saved file is
/// read back with CsvHelper and compared, row by row, with the JSON answer of the same operation.
/// </summary>
public sealed class CsvDownloadTests : BrowserTest
{
    [Fact]
    public async Task Download_csv_saves_the_servers_table_of_the_operation_in_the_editor()
    {
        var api = StartApi();
        var flagship = FlagshipQuery.Load();
        var expected = await ActorsOfTheFlagshipAsync(api, flagship);
        Assert.NotEmpty(expected);

        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1600, Height = 1200 }, AcceptDownloads = true });
        var ide = new GraphiQLPage(page);
        var accepts = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Headers.TryGetValue("accept", out var accept) && accept.StartsWith("text/csv", StringComparison.Ordinal))
            {
                accepts.Add(accept);
            }
        };

        try
        {
            await ide.OpenAsync(api);
            await Expect(ide.QueryEditor).ToContainTextAsync(flagship.OperationName, Patiently);

            foreach (var (choice, accept, separator) in new[] { ("CSV , (comma)", "text/csv", ','), ("CSV ; (Excel FR)", "text/csv; separator=semicolon", ';') })
            {
                await page.Locator("button.kg-csv").ClickAsync();
                var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Menuitem, new() { Name = choice }).ClickAsync());
                Assert.Equal("answer.csv", download.SuggestedFilename);
                var path = (await download.PathAsync())!;
                var bytes = await File.ReadAllBytesAsync(path);
                Assert.Equal(Encoding.UTF8.GetPreamble(), bytes.Take(3).ToArray());

                var rows = await ReadAsync(path, separator);
                Assert.Equal(expected.Select(a => a.Id), rows.Select(r => r["id"]));
                Assert.Equal(expected.Select(a => a.Name), rows.Select(r => r["name"]));
                Assert.Equal(expected.Select(a => a.Size), rows.Select(r => r["size"]));
                Assert.Equal(accept, accepts[^1]);
            }

            Assert.Contains(expected, a => a.Name.Any(c => c > 127)); // accents survived the round trip
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artefacts, "ide-csv.png") });
        }
    }

    private sealed record Actor(string Id, string Name, string Size);

    private static async Task<IReadOnlyList<Actor>> ActorsOfTheFlagshipAsync(Uri api, FlagshipQuery flagship)
    {
        using var http = new HttpClient { BaseAddress = api };
        using var response = await http.PostAsJsonAsync("/graphql", new { query = flagship.Text });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("data").GetProperty("actors").GetProperty("nodes").EnumerateArray()
            .Select(n => new Actor(n.GetProperty("id").GetString()!, n.GetProperty("name").GetString()!, n.GetProperty("size").ToString()))];
    }

    private static async Task<List<Dictionary<string, string>>> ReadAsync(string path, char separator)
    {
        var options = new CsvReaderOptions { HasHeader = false, Separator = separator, FormatProvider = CultureInfo.InvariantCulture };
        await using var reader = CsvReader.FromFile(path, options);
        var records = new List<string[]>();
        while (await reader.ReadAsync(CancellationToken.None))
        {
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        var header = records[0];
        Assert.Equal("id", header[0]); // the byte order mark is not part of the first column's name
        return [.. records.Skip(1).Select(r => header.Select((name, i) => (name, value: r[i])).ToDictionary(p => p.name, p => p.value))];
    }
}
