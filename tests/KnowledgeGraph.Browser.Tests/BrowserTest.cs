using Microsoft.Playwright;

namespace KnowledgeGraph.Browser.Tests;

/// <summary>One real API on Kestrel and one headless Chromium per test class, torn down after it.</summary>
public abstract class BrowserTest : IAsyncLifetime
{
    protected static readonly LocatorAssertionsToContainTextOptions Patiently = new() { Timeout = 30_000 };

    private readonly KestrelApiFactory _api = new();
    private IPlaywright _playwright = null!;

    protected IBrowser Browser { get; private set; } = null!;

    /// <summary>Starts the API (once) and returns its base address.</summary>
    protected Uri StartApi() => _api.Start();

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await ChromiumBrowser.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _api.DisposeAsync();
    }
}
