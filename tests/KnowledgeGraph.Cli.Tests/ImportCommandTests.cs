using System.Net;
using System.Net.Sockets;

namespace KnowledgeGraph.Cli.Tests;

/// <summary><c>kg import</c>'s own refusals, before or without a server (the end-to-end runs are in the Api tests).</summary>
public sealed class ImportCommandTests
{
    [Fact]
    public async Task Without_an_identity_nothing_is_sent()
    {
        using var folder = new TempFolder();
        folder.Write("nodes/Actor.csv", "id:ID,name,kind,source");

        var run = await KgRun.InvokeAsync("import", folder.Path, "--url", "http://127.0.0.1:9");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: an admin identity is needed: --api-key (or $KG_API_KEY) or --token (or $KG_TOKEN)", run.Error);
    }

    [Fact]
    public async Task A_missing_folder_a_bad_url_and_a_server_that_does_not_answer_are_one_line_each()
    {
        using var folder = new TempFolder();
        folder.Write("nodes/Actor.csv", "id:ID,name,kind,source");

        var missing = await KgRun.InvokeAsync("import", Path.Combine(folder.Path, "nope"), "--url", "http://127.0.0.1:9", "--api-key", "k");
        var badUrl = await KgRun.InvokeAsync("import", folder.Path, "--url", "ftp://host", "--api-key", "k");
        var down = await KgRun.InvokeAsync("import", folder.Path, "--url", $"http://127.0.0.1:{FreePort()}", "--api-key", "k");

        Assert.Equal((1, 1, 1), (missing.ExitCode, badUrl.ExitCode, down.ExitCode));
        Assert.StartsWith("error: the folder ", missing.Error);
        Assert.StartsWith("error: --url must be an http(s) address", badUrl.Error);
        Assert.StartsWith("error: cannot send the import to http://127.0.0.1:", down.Error);
        Assert.DoesNotContain("   at ", down.Error);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
