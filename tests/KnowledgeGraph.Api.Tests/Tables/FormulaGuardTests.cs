using KnowledgeGraph.Api.Tests.Hosting;

namespace KnowledgeGraph.Api.Tests.Tables;

/// <summary>
/// Text that a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers. The reference seed
/// holds no such text, so this test writes a seed of its own: findings whose statements start with = + - @ and a tab.
/// </summary>
public sealed class FormulaGuardTests : IAsyncLifetime
{
    private readonly DirectoryInfo seed = Directory.CreateTempSubdirectory("kg-formula-seed-");
    private TablesApp app = null!;

    public Task InitializeAsync()
    {
        var nodes = Path.Combine(seed.FullName, "synthetic", "nodes");
        Directory.CreateDirectory(nodes);
        File.WriteAllLines(Path.Combine(nodes, "Finding.csv"),
        [
            "id:ID,statement,value:float,source",
            "FND-T-1,\"=HYPERLINK(\"\"http://x.example\"\",\"\"clic\"\")\",-3.5,SYNTHETIC",
            "FND-T-2,+33 6 00 00 00 00,2.25,SYNTHETIC",
            "FND-T-3,-moins,-12,SYNTHETIC",
            "FND-T-4,@SUM(A1:A2),0,SYNTHETIC",
            "FND-T-5,\"\tavec une tabulation\",1,SYNTHETIC",
            "FND-T-6,\"Élan, ordinaire; et « guillemets »\",1.5,SYNTHETIC",
        ]);
        app = new TablesApp { SeedDirectory = seed.FullName };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        seed.Delete(recursive: true);
    }

    [Theory]
    [InlineData(',', "")]
    [InlineData(';', "&separator=semicolon")]
    public async Task Formulas_get_an_apostrophe_and_numbers_stay_numbers(char separator, string parameter)
    {
        const string query = "{ findings(order: [{ statement: ASC }]) { nodes { id statement value } } }";
        var json = (await app.DataAsync(query))["findings"]!["nodes"]!.AsArray();

        var csv = await TablesApp.ReadCsvAsync(await app.GetAsync(query, TablesApp.Csv, parameter), separator);

        Assert.Equal(6, csv.Rows.Count);
        foreach (var (node, row) in json.Zip(csv.Rows))
        {
            var statement = (string)node!["statement"]!;
            var guarded = statement[0] is '=' or '+' or '-' or '@' or '\t';
            Assert.Equal(guarded ? "'" + statement : statement, row["statement"]);
            var value = row["value"];
            Assert.False(value.StartsWith('\''), value);
            Assert.Equal((double)node["value"]!, double.Parse(separator == ';' ? value.Replace(',', '.') : value, System.Globalization.CultureInfo.InvariantCulture));
        }
        Assert.Contains(csv.Rows, row => row["value"].StartsWith('-'));
        Assert.Contains(csv.Rows, row => row["statement"] == "Élan, ordinaire; et « guillemets »");
    }
}
