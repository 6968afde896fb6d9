using System.IO.Compression;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Auth;
using KnowledgeGraph.Api.Tests.Mutations;
using Microsoft.Extensions.DependencyInjection;
using static KnowledgeGraph.Api.Tests.Imports.SeedZip;
using static KnowledgeGraph.Api.Tests.Mutations.GraphQLClient;

namespace KnowledgeGraph.Api.Tests.Imports;

/// <summary><c>POST /import</c> on the embedded store (the curated set loaded): large imports, whole validation, all or nothing, the door.</summary>
public sealed class ImportEndpointTests(WriteAppFactory app) : IClassFixture<WriteAppFactory>
{
    private const string Counts = "{ actors { totalCount } alliances { totalCount } }";

    [Fact]
    public async Task An_import_far_over_the_graphql_body_limit_is_committed_and_its_nodes_are_readable()
    {
        var client = app.CreateClient();
        var prefix = "BIG" + Unique();
        var (alliances, participations) = Alliances(prefix, 4000);
        var body = Of([("nodes/Actor.csv", Actors(prefix, 4000)), ("nodes/Alliance.csv", alliances),
            ("relationships/PARTICIPATES_IN.csv", participations)], CompressionLevel.NoCompression);
        Assert.True(body.Length > 2 * 256 * 1024, $"{body.Length} bytes");
        var before = await DataAsync(client, Counts);

        var (status, answer) = await PostAsync(client, Request(body));

        Assert.True(status == 200, answer.ToJsonString());
        var result = answer["data"]!;
        Assert.Equal((4400, 4000, 3), ((int)result["nodesCreatedCount"]!, (int)result["relationshipsCreatedCount"]!, (int)result["files"]!));
        Assert.Equal(body.Length, (long)result["bytes"]!);
        var after = await DataAsync(client, Counts);
        Assert.Equal((int)before["actors"]!["totalCount"]! + 4000, (int)after["actors"]!["totalCount"]!);
        Assert.Equal((int)before["alliances"]!["totalCount"]! + 400, (int)after["alliances"]!["totalCount"]!);
        var read = await DataAsync(client, $$"""{ node(id: "ACT-{{prefix}}-3999") { ... on Actor { name alliances { edges { role since node { id } } } } } }""");
        Assert.Equal($"Acteur importé n°3999, {prefix}", (string)read["node"]!["name"]!);
        var edge = Assert.Single(read["node"]!["alliances"]!["edges"]!.AsArray())!;
        Assert.Equal(("PARTNER", 2019, $"ALL-{prefix}-399"), ((string)edge["role"]!, (int)edge["since"]!, (string)edge["node"]!["id"]!));
    }

    [Fact]
    public async Task An_invalid_row_deep_in_a_large_upload_is_named_by_file_and_line_and_nothing_is_written()
    {
        var client = app.CreateClient();
        var prefix = "BAD" + Unique();
        // Row 4321 (the 4322nd, on line 4323 after the header) has a kind that does not exist; a relationship file has a bad end too.
        var actors = Actors(prefix, 5000, i => i == 4321 ? "NOT_A_KIND" : "COMPANY");
        var (alliances, participations) = Alliances(prefix, 5000);
        participations += $"ACT-{prefix}-1,NOWHERE-AT-ALL,PARTNER,2001\n";
        var body = Of([("nodes/Actor.csv", actors), ("nodes/Alliance.csv", alliances), ("relationships/PARTICIPATES_IN.csv", participations)]);
        var before = await DataAsync(client, Counts);

        var (status, answer) = await PostAsync(client, Request(body));

        Assert.Equal(400, status);
        var errors = answer["errors"]!.AsArray();
        Assert.Equal(["INVALID_SEED", "INVALID_SEED"], Codes(answer));
        Assert.Equal("nodes/Actor.csv:4323", (string)errors[0]!["extensions"]!["field"]!);
        Assert.Equal(4323, (int)errors[0]!["extensions"]!["line"]!);
        Assert.StartsWith("nodes/Actor.csv:4323: ", (string)errors[0]!["message"]!);
        Assert.Contains("NOT_A_KIND", (string)errors[0]!["message"]!);
        Assert.Equal("relationships/PARTICIPATES_IN.csv:5002", (string)errors[1]!["extensions"]!["field"]!);
        Assert.Equal(before.ToJsonString(), (await DataAsync(client, Counts)).ToJsonString());
        Assert.Null((await DataAsync(client, $$"""{ node(id: "ACT-{{prefix}}-1") { id } }"""))["node"]);
    }

    [Fact]
    public async Task An_id_already_stored_is_refused_as_importGraph_does_with_its_file_and_line()
    {
        var client = app.CreateClient();
        var fresh = "ACT-NEW" + Unique();
        // A quoted field spanning two lines: the clash is on the line its record starts on, 4.
        var csv = $"id:ID,name,kind,description,source\n{fresh},Nouveau,COMPANY,\"deux\nlignes\",IMPORT\nACT-ADMICAL,Admical encore,ASSOCIATION,,IMPORT\n";
        var before = await DataAsync(client, Counts);

        var (status, answer) = await PostAsync(client, Request(Of([("my-seed/nodes/Actor.csv", csv)])));

        Assert.Equal(400, status);
        var error = Assert.Single(answer["errors"]!.AsArray())!;
        Assert.Equal(("DUPLICATE_ID", "my-seed/nodes/Actor.csv:4", "id"),
            ((string)error["extensions"]!["code"]!, (string)error["extensions"]!["field"]!, (string)error["extensions"]!["property"]!));
        Assert.StartsWith("my-seed/nodes/Actor.csv:4: id: ", (string)error["message"]!);
        Assert.Equal(before.ToJsonString(), (await DataAsync(client, Counts)).ToJsonString());
        Assert.Null((await DataAsync(client, $$"""{ node(id: "{{fresh}}") { id } }"""))["node"]);

        // importGraph answers the same code for the same file.
        var (_, graphql) = await GraphQLClient.PostAsync(client,
            "mutation($files: [CsvFileInput!]!) { importGraph(csvFiles: $files) { nodesCreatedCount } }",
            new { files = new[] { new { name = "nodes/Actor.csv", content = csv } } }, WriteAppFactory.AdminKey);
        Assert.Equal(["DUPLICATE_ID"], ErrorCodes(graphql));
    }

    [Fact]
    public async Task Many_problems_are_listed_up_to_the_cap_then_a_last_error_counts_the_rest()
    {
        var (status, answer) = await PostAsync(app.CreateClient(), Request(Of([("nodes/Actor.csv", Actors("CAP" + Unique(), 300, _ => "NOPE"))])));

        Assert.Equal(400, status);
        var codes = Codes(answer);
        Assert.Equal(101, codes.Count);
        Assert.All(codes.Take(100), code => Assert.Equal("INVALID_SEED", code));
        Assert.Equal("ERRORS_TRUNCATED", codes[^1]);
        Assert.Equal("nodes/Actor.csv:101", (string)answer["errors"]![99]!["extensions"]!["field"]!);
        // Every one of the 300 rows is wrong: the 200 not listed are counted.
        Assert.Equal(200, (int)answer["errors"]![100]!["extensions"]!["omitted"]!);
        Assert.Equal("200 more problem(s) found and not listed (300 in all).", (string)answer["errors"]![100]!["message"]!);
    }

    [Fact]
    public async Task Only_an_admin_may_import()
    {
        var client = app.CreateClient();
        var body = Of([("nodes/Actor.csv", Actors("AUTH" + Unique(), 2))]);

        Assert.Equal((401, "UNAUTHENTICATED"), Single(await PostAsync(client, Request(body, apiKey: null))));
        Assert.Equal((403, "FORBIDDEN"), Single(await PostAsync(client, Request(body, WriteAppFactory.EditorKey))));
        Assert.Equal((403, "FORBIDDEN"), Single(await PostAsync(client, Request(body, WriteAppFactory.NoRoleKey))));
        Assert.Equal((401, "UNAUTHENTICATED"), Single(await PostAsync(client, Request(body, "not-a-key-0123456789"))));
        var editorToken = TestTokens.Create("someone", new[] { "editor" });
        Assert.Equal((403, "FORBIDDEN"), Single(await PostAsync(client, Request(body, apiKey: null, bearer: editorToken))));

        var (status, answer) = await PostAsync(client, Request(body, apiKey: null, bearer: TestTokens.Create("an-admin", new[] { "admin" })));
        Assert.True(status == 200, answer.ToJsonString());
        Assert.Equal(2, (int)answer["data"]!["nodesCreatedCount"]!);
    }

    [Theory]
    [InlineData("../nodes/Actor.csv", "IMPORT_UNSAFE_PATH")]
    [InlineData("seed/../../evil.csv", "IMPORT_UNSAFE_PATH")]
    [InlineData("/tmp/nodes/Actor.csv", "IMPORT_UNSAFE_PATH")]
    [InlineData("C:/seed/nodes/Actor.csv", "IMPORT_UNSAFE_PATH")]
    [InlineData("nodes\\Actor.csv", "IMPORT_UNSAFE_PATH")]
    [InlineData("nodes//Actor.csv", "IMPORT_UNSAFE_PATH")]
    [InlineData("nodes/Actor.txt", "IMPORT_NOT_CSV")]
    [InlineData("nodes/payload.exe", "IMPORT_NOT_CSV")]
    [InlineData("nodes/Actors.csv", "IMPORT_UNKNOWN_FILE")]
    [InlineData("relationships/Actor.csv", "IMPORT_UNKNOWN_FILE")]
    [InlineData("elsewhere/Actor.csv", "IMPORT_UNKNOWN_FILE")]
    [InlineData("a/b/c/nodes/Actor.csv", "IMPORT_UNKNOWN_FILE")]
    public async Task A_bad_entry_refuses_the_whole_archive_before_anything_is_unpacked(string entry, string code)
    {
        var client = app.CreateClient();
        var prefix = "EVIL" + Unique();
        var body = Of([("nodes/Alliance.csv", "id:ID,name,category,source\n"), ("a/nodes/Actor.csv", Actors(prefix, 1)), (entry, Actors(prefix + "X", 1))]);

        var (status, answer) = await PostAsync(client, Request(body));

        Assert.Equal(400, status);
        Assert.Contains(code, Codes(answer));
        Assert.Null((await DataAsync(client, $$"""{ node(id: "ACT-{{prefix}}-0") { id } }"""))["node"]);
    }

    [Fact]
    public async Task A_symbolic_link_entry_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var link = zip.CreateEntry("nodes/Actor.csv");
            link.ExternalAttributes = unchecked((int)0xA1FF0000); // Unix mode lrwxrwxrwx, as zip -y stores a link
            using var target = link.Open();
            target.Write("/etc/passwd"u8);
        }

        var (status, answer) = await PostAsync(app.CreateClient(), Request(buffer.ToArray()));

        Assert.Equal((400, "IMPORT_UNSAFE_PATH"), (status, Assert.Single(Codes(answer))));
    }

    [Fact]
    public async Task A_second_import_while_one_runs_gets_429_with_retry_after()
    {
        var gate = app.Services.GetRequiredService<KnowledgeGraph.Api.Imports.ImportGate>();
        Assert.True(gate.TryEnter()); // an import in progress
        try
        {
            using var response = await app.CreateClient().SendAsync(Request(Of([("nodes/Actor.csv", Actors("BUSY" + Unique(), 1))])));
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

            Assert.Equal((429, "IMPORT_BUSY"), ((int)response.StatusCode, Assert.Single(Codes(body))));
            Assert.Equal("5", response.Headers.GetValues("Retry-After").Single());
        }
        finally
        {
            gate.Leave();
        }
    }

    [Fact]
    public async Task An_unknown_file_name_gets_a_suggestion()
    {
        var (status, answer) = await PostAsync(app.CreateClient(), Request(Of([("nodes/Actors.csv", Actors("S" + Unique(), 1))])));

        Assert.Equal(400, status);
        var error = Assert.Single(answer["errors"]!.AsArray())!;
        Assert.Equal("IMPORT_UNKNOWN_FILE", (string)error["extensions"]!["code"]!);
        Assert.Equal(["Actor.csv"], error["extensions"]!["suggestions"]!.AsArray().Select(s => (string)s!));
        Assert.EndsWith("Did you mean \"Actor\"?", (string)error["message"]!);
    }

    [Fact]
    public async Task A_decompression_bomb_an_empty_upload_and_a_body_that_is_not_a_zip_are_refused_with_their_codes()
    {
        var client = app.CreateClient();
        // 64 MiB of the same byte: about 64 KiB packed, a ratio near 1000.
        var bomb = Of([("nodes/Actor.csv", "id:ID,name,kind,source\n" + new string(',', 64 * 1024 * 1024))]);

        Assert.Equal((400, "IMPORT_BOMB"), Single(await PostAsync(client, Request(bomb))));
        Assert.Equal((400, "IMPORT_EMPTY"), Single(await PostAsync(client, Request([]))));
        Assert.Equal((400, "IMPORT_EMPTY"), Single(await PostAsync(client, Request(Of([("README.md", "hello"), ("nodes/", "")])))));
        Assert.Equal((400, "IMPORT_NOT_ZIP"), Single(await PostAsync(client, Request("id:ID,name\n"u8.ToArray()))));
        Assert.Equal((415, "UNSUPPORTED_MEDIA_TYPE"), Single(await PostAsync(client, Request(Of([("nodes/Actor.csv", "")]), contentType: "text/csv"))));
    }

    [Fact]
    public async Task A_zipped_folder_with_finder_debris_and_several_sets_loads_together()
    {
        var client = app.CreateClient();
        var prefix = "SETS" + Unique();
        var (alliances, participations) = Alliances(prefix, 20);
        // Made by zipping "export/" on a Mac: one top folder, __MACOSX and .DS_Store entries; the relationships of set b
        // link nodes of set a.
        var body = Of([
            ("export/a/nodes/Actor.csv", Actors(prefix, 20)), ("export/a/nodes/Alliance.csv", alliances),
            ("export/b/relationships/PARTICIPATES_IN.csv", participations), ("export/.DS_Store", "junk"),
            ("__MACOSX/export/a/nodes/._Actor.csv", "junk"), ("export/README.md", "notes"),
        ]);

        var (status, answer) = await PostAsync(client, Request(body));

        Assert.True(status == 200, answer.ToJsonString());
        Assert.Equal((22, 20), ((int)answer["data"]!["nodesCreatedCount"]!, (int)answer["data"]!["relationshipsCreatedCount"]!));
    }

    [Fact]
    public async Task Progress_streams_as_ndjson_and_ends_with_the_result()
    {
        var client = app.CreateClient();
        var prefix = "NDJ" + Unique();
        var (alliances, participations) = Alliances(prefix, 100);
        var body = Of([("nodes/Actor.csv", Actors(prefix, 100)), ("nodes/Alliance.csv", alliances), ("relationships/PARTICIPATES_IN.csv", participations)]);

        using var response = await client.SendAsync(Request(body, accept: "application/x-ndjson"));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();

        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["received", "validated", "validated", "validated", "checking", "committed"], lines.Select(l => (string)l["event"]!));
        Assert.Equal(body.Length, (long)lines[0]["bytes"]!);
        Assert.Equal(("nodes/Actor.csv", 100, 3), ((string)lines[1]["file"]!, (int)lines[1]["records"]!, (int)lines[1]["files"]!));
        Assert.Equal(210, (long)lines[3]["recordsValidated"]!);
        Assert.Equal((110, 100), ((int)lines[5]["nodesCreatedCount"]!, (int)lines[5]["relationshipsCreatedCount"]!));
        Assert.True((long)lines[5]["dataVersion"]! > 0);

        // Refused: the last event carries the errors, in the usual shape.
        using var refused = await client.SendAsync(Request(Of([("nodes/Actor.csv", Actors(prefix, 3))]), accept: "text/event-stream"));
        var text = await refused.Content.ReadAsStringAsync();
        Assert.Equal("text/event-stream", refused.Content.Headers.ContentType!.MediaType);
        Assert.Contains("event: refused\ndata: {\"errors\":[{\"message\":\"nodes/Actor.csv:2: id: ", text);
        Assert.Contains("\"code\":\"DUPLICATE_ID\"", text);
        Assert.Contains($"The id 'ACT-{prefix}-0'", text); // text as it is, not \u0027
    }

    private static (int, string) Single((int Status, JsonObject Body) answer) =>
        (answer.Status, Assert.Single(Codes(answer.Body)));
}
