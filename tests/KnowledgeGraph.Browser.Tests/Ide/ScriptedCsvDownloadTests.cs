using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeGraph.Browser.Tests.Ide;

/// <summary>
/// The IDE's "Download CSV" menu in real headless Chromium. Scripted: the server's CSV answers (branch "tables")
/// were not on this branch when it was written, so a Playwright route answers the CSV requests the way the contract
/// says (BOM, header row, Content-Disposition) and the test checks what the button sends and saves; every other
/// request reaches the real API.
/// </summary>
public sealed class ScriptedCsvDownloadTests : BrowserTest
{
    [Fact]
    public async Task Scripted_download_csv_resends_the_operation_with_accept_text_csv_and_saves_the_file()
    {
        var api = StartApi();
        var flagship = FlagshipQuery.Load();
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1600, Height = 1200 }, AcceptDownloads = true });
        var ide = new GraphiQLPage(page);
        var sent = new List<(string Accept, string Body)>();
        await page.RouteAsync("**/graphql", async route =>
        {
            var accept = route.Request.Headers.TryGetValue("accept", out var value) ? value : "";
            if (route.Request.Method != "POST" || !accept.StartsWith("text/csv", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }

            sent.Add((accept, route.Request.PostData ?? ""));
            var separator = accept.Contains("separator=semicolon", StringComparison.Ordinal) ? ";" : ",";
            var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"name{separator}size\r\nBois Cévennes Groupe{separator}LARGE\r\n")).ToArray();
            await route.FulfillAsync(new()
            {
                Status = 200,
                BodyBytes = body,
                Headers = new Dictionary<string, string>
                {
                    ["Content-Type"] = "text/csv; charset=utf-8",
                    ["Content-Disposition"] = "attachment; filename=\"answer.csv\"",
                },
            });
        });

        try
        {
            await ide.OpenAsync(api);
            await Expect(ide.QueryEditor).ToContainTextAsync(flagship.OperationName, Patiently);

            foreach (var (choice, accept, separator) in new[] { ("CSV , (comma)", "text/csv", ","), ("CSV ; (Excel FR)", "text/csv; separator=semicolon", ";") })
            {
                await page.Locator("button.kg-csv").ClickAsync();
                var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Menuitem, new() { Name = choice }).ClickAsync());
                Assert.Equal("answer.csv", download.SuggestedFilename);
                var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
                Assert.Equal(Encoding.UTF8.GetPreamble(), bytes.Take(3).ToArray());
                var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
                Assert.StartsWith($"name{separator}size\r\n", text, StringComparison.Ordinal);
                Assert.Contains("Cévennes", text);

                var (sentAccept, sentBody) = sent[^1];
                Assert.Equal(accept, sentAccept);
                using var json = JsonDocument.Parse(sentBody);
                Assert.Contains(flagship.OperationName, json.RootElement.GetProperty("query").GetString());
            }

            Assert.Equal(2, sent.Count);
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artefacts, "ide-csv.png") });
        }
    }
}
