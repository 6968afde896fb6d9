using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Mutations;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Cli.Commands;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using static KnowledgeGraph.Api.Tests.Mutations.GraphQLClient;

namespace KnowledgeGraph.Api.Tests.Imports;

/// <summary>The real app on a Kestrel socket, for <c>kg import</c> to talk to over HTTP.</summary>
public sealed class KestrelWriteApp : WriteAppFactory
{
    private Uri? address;

    public KestrelWriteApp() => UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));

    public Uri Address => address ??= Start();

    private Uri Start()
    {
        StartServer();
        return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }
}

/// <summary><c>kg import</c> end to end: the CLI packs a folder and streams it to a real server, prints progress and problems.</summary>
public sealed class KgImportCommandTests(KestrelWriteApp app) : IClassFixture<KestrelWriteApp>, IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("kg-import-cli-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public async Task Imports_a_folder_over_256_KiB_printing_progress_then_the_result()
    {
        var prefix = "CLI" + Unique();
        var (alliances, participations) = SeedZip.Alliances(prefix, 3000);
        Write("nodes/Actor.csv", SeedZip.Actors(prefix, 3000));
        Write("nodes/Alliance.csv", alliances);
        Write("relationships/PARTICIPATES_IN.csv", participations);
        Write("README.md", "Ce dossier est ignoré par l'import.");
        Assert.True(Directory.GetFiles(folder.FullName, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) > 256 * 1024);

        var (exit, output, error) = await KgAsync("import", folder.FullName, "--url", app.Address.ToString(), "--api-key", WriteAppFactory.AdminKey);

        Assert.True(exit == 0, output + error);
        Assert.Contains("validated nodes/Actor.csv: 3,000 record(s) (1/3 files, 3,000 records)", output);
        Assert.Contains("validated relationships/PARTICIPATES_IN.csv: 3,000 record(s) (3/3 files, 6,300 records)", output);
        Assert.Matches(@"Imported: 3,300 nodes and 3,000 relationships created, data version \d+, in \d+\.\d s\.", output);
        var read = await ReadAsync($$"""{ node(id: "ACT-{{prefix}}-2999") { id } }""");
        Assert.Equal($"ACT-{prefix}-2999", (string)read["data"]!["node"]!["id"]!);
    }

    [Fact]
    public async Task A_refused_import_prints_every_problem_with_file_and_line_and_exits_1()
    {
        var prefix = "CLIBAD" + Unique();
        Write("nodes/Actor.csv", SeedZip.Actors(prefix, 50, i => i is 10 or 40 ? "MAYBE" : "COMPANY"));
        var before = await ReadAsync("{ actors { totalCount } }");

        var (exit, _, error) = await KgAsync("import", folder.FullName, "--url", app.Address.ToString(), "--api-key", WriteAppFactory.AdminKey, "--quiet");

        Assert.Equal(1, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("nodes/Actor.csv:12: ", lines[0]);
        Assert.StartsWith("nodes/Actor.csv:42: ", lines[1]);
        Assert.Equal("Import refused (refused; INVALID_SEED): 2 problem(s); nothing was written.", lines[2]);
        Assert.Equal(before.ToJsonString(), (await ReadAsync("{ actors { totalCount } }")).ToJsonString());
    }

    [Fact]
    public async Task The_key_may_come_from_the_environment_and_an_editor_key_is_refused()
    {
        Write("nodes/Actor.csv", SeedZip.Actors("CLIENV" + Unique(), 2));
        Environment.SetEnvironmentVariable(ImportCommand.ApiKeyVariable, WriteAppFactory.EditorKey);
        try
        {
            var (exit, _, error) = await KgAsync("import", folder.FullName, "--url", app.Address.ToString());

            Assert.Equal(1, exit);
            Assert.Contains("This needs the admin role.", error);
            Assert.Contains("Import refused (403 Forbidden; FORBIDDEN)", error);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ImportCommand.ApiKeyVariable, null);
        }
    }

    private void Write(string relative, string content)
    {
        var path = Path.Combine(folder.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private async Task<JsonObject> ReadAsync(string query)
    {
        using var http = new HttpClient { BaseAddress = app.Address };
        using var response = await http.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json"));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static async Task<(int Exit, string Output, string Error)> KgAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await KgCommandLine.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
