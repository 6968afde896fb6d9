using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeGraph.Browser.Tests.Ide;

/// <summary>
/// The IDE as a guide, in real headless Chromium over the real API: a query built by ticking fields in the explorer
/// plugin, a ready example from docs/query-examples.md, the ★ flagship button over a returning user's saved tabs,
/// and the schema search that finds enum values. Answers are compared with the API's own over plain HTTP.
/// </summary>
public sealed class IdeGuideTests : BrowserTest
{
    private static readonly ViewportSize Large = new() { Width = 1600, Height = 1200 };

    [Fact]
    public async Task A_query_built_by_ticking_fields_in_the_explorer_plugin_runs_and_so_does_a_ready_example()
    {
        var api = StartApi();
        var actors = await TotalCountAsync(api, "{ actors { totalCount } }");
        var associations = await TotalCountAsync(api, "{ actors(where: { kind: { eq: ASSOCIATION } }) { totalCount } }");
        var page = await Browser.NewPageAsync(new() { ViewportSize = Large });
        var ide = new GraphiQLPage(page);
        try
        {
            await ide.OpenAsync(api);
            await Expect(ide.Tabs.First).ToContainTextAsync(FlagshipQuery.Load().OperationName, Patiently);

            // A new, empty tab, then the query builder: tick actors → totalCount.
            await page.Locator("[aria-label='New tab']").ClickAsync();
            await page.Locator("[aria-label='Show GraphiQL Explorer']").ClickAsync();
            await page.Locator(".graphiql-explorer-actors > span").First.ClickAsync(new() { Timeout = 30_000 });
            await page.Locator(".graphiql-explorer-actors .graphiql-explorer-totalCount > span").First.ClickAsync(new() { Timeout = 30_000 });
            await Expect(ide.QueryEditor).ToContainTextAsync("totalCount", Patiently);
            var written = await GraphiQLPage.TextOfAsync(ide.QueryEditor);
            Assert.Contains("actors", written);

            await ide.RunActiveTabAsync();
            await Expect(ide.Response).ToContainTextAsync($"\"totalCount\": {actors}", Patiently);

            // Every question of docs/query-examples.md is in the Examples panel; one opens in a new tab with its title.
            var tabsBefore = await ide.Tabs.CountAsync();
            await page.Locator("[aria-label='Show Examples']").ClickAsync();
            Assert.Equal(DocumentedQuestions().Count, await page.Locator(".kg-example:not(:has-text('★'))").CountAsync());
            await page.Locator(".kg-example[data-operation='HowManyAssociationsAreThere']").ClickAsync();
            await Expect(ide.Tabs).ToHaveCountAsync(tabsBefore + 1, new() { Timeout = 30_000 });
            await Expect(ide.Tabs.Last).ToContainTextAsync("HowManyAssociationsAreThere", Patiently);
            await ide.RunActiveTabAsync();
            await Expect(ide.Response).ToContainTextAsync($"\"totalCount\": {associations}", Patiently);
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artefacts, "ide-explorer-plugin.png") });
        }
    }

    [Fact]
    public async Task The_star_opens_the_flagship_over_saved_tabs_and_the_schema_search_finds_enum_values()
    {
        var api = StartApi();
        var flagship = FlagshipQuery.Load();
        var page = await Browser.NewPageAsync(new() { ViewportSize = Large });
        var ide = new GraphiQLPage(page);
        try
        {
            // A returning user: saved tabs without the flagship, written from another page of the same origin
            // (the IDE itself would save its own tabs over them).
            await page.GotoAsync(new Uri(api, "/explorer").ToString());
            await page.EvaluateAsync("""
                () => localStorage.setItem('graphiql:tabState', JSON.stringify({ activeTabIndex: 0, tabs: [
                  { id: 'a', hash: 'a', title: 'Mine', query: 'query Mine { sdgs { totalCount } }', variables: null, headers: null, operationName: 'Mine', response: null },
                  { id: 'b', hash: 'b', title: 'Other', query: 'query Other { networks { totalCount } }', variables: null, headers: null, operationName: 'Other', response: null } ] }))
                """);
            await ide.OpenAsync(api);
            await Expect(ide.Tabs.First).ToContainTextAsync("Mine", Patiently);
            Assert.Equal(0, await ide.Tabs.Filter(new() { HasTextString = flagship.OperationName }).CountAsync());

            await page.Locator("button.kg-flagship").ClickAsync();
            await Expect(ide.Tabs.Filter(new() { HasTextString = flagship.OperationName })).ToHaveCountAsync(1, new() { Timeout = 30_000 });
            await Expect(ide.QueryEditor).ToContainTextAsync(flagship.OperationName, Patiently);

            // Once open, the star selects it instead of opening it again.
            await ide.Tabs.First.ClickAsync();
            await page.Locator("button.kg-flagship").ClickAsync();
            await Expect(ide.QueryEditor).ToContainTextAsync(flagship.OperationName, Patiently);
            Assert.Equal(1, await ide.Tabs.Filter(new() { HasTextString = flagship.OperationName }).CountAsync());

            // The schema search: the enum value by its name, and by its French word.
            await page.Locator("[aria-label='Show Search the schema']").ClickAsync();
            var search = page.Locator("input[aria-label='Search the schema']");
            foreach (var text in new[] { "FOUNDATION", "fondation" })
            {
                await search.FillAsync(text);
                await Expect(page.Locator(".kg-schema-hit").First).ToHaveAttributeAsync("data-path", "ActorKind.FOUNDATION", new() { Timeout = 30_000 });
                Assert.Equal("enum value", await page.Locator(".kg-schema-hit").First.GetAttributeAsync("data-kind"));
            }

            // A click opens the enum in the documentation explorer.
            await page.Locator(".kg-schema-hit").First.ClickAsync();
            await Expect(page.Locator(".graphiql-doc-explorer")).ToContainTextAsync("FOUNDATION", Patiently);
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artefacts, "ide-schema-search.png") });
        }
    }

    /// <summary>The bold questions followed by a graphql block in docs/query-examples.md (an independent count).</summary>
    internal static List<string> DocumentedQuestions()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "query-examples.md"));
        var questions = new List<string>();
        string? pending = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("**", StringComparison.Ordinal)) pending = line;
            else if (line.Trim() == "```graphql" && pending is not null) { questions.Add(pending); pending = null; }
        }

        return questions;
    }

    internal static async Task<int> TotalCountAsync(Uri api, string query)
    {
        using var http = new HttpClient { BaseAddress = api };
        using var response = await http.PostAsJsonAsync("/graphql", new { query });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("data").EnumerateObject().Single().Value.GetProperty("totalCount").GetInt32();
    }
}
