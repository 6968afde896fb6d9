using Microsoft.Playwright;

namespace KnowledgeGraph.Browser.Tests;

/// <summary>The GraphiQL IDE as the browser shows it; Monaco renders editor text in <c>.view-lines</c>.</summary>
internal sealed class GraphiQLPage(IPage page)
{
    public ILocator Tabs => page.Locator(".graphiql-tab");

    public ILocator QueryEditor => page.Locator(".graphiql-query-editor .view-lines");

    public ILocator Response => page.Locator(".graphiql-response .view-lines");

    public Task<IResponse?> OpenAsync(Uri api) => page.GotoAsync(new Uri(api, "/graphql").ToString());

    public Task RunActiveTabAsync() => page.Locator(".graphiql-execute-button").ClickAsync();

    /// <summary>Monaco separates words with non-breaking spaces.</summary>
    public static async Task<string> TextOfAsync(ILocator locator) =>
        (await locator.InnerTextAsync()).Replace('\u00a0', ' ');
}
