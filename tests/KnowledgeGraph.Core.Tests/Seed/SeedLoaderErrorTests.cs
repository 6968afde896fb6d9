using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Seed;
using static KnowledgeGraph.Core.Tests.Seed.SeedTestData;

namespace KnowledgeGraph.Core.Tests.Seed;

public sealed class SeedLoaderErrorTests
{
    private static async Task<SeedError> SingleErrorAsync(Action<TempSeedRoot> breakIt, params string[] sets)
    {
        using var root = ValidSet(new TempSeedRoot());
        breakIt(root);
        return Assert.Single(await ErrorsAsync(root, sets.Length == 0 ? ["a"] : sets));
    }

    [Fact]
    public async Task Bad_enum_value_names_file_line_column_and_expected_values()
    {
        var error = await SingleErrorAsync(r => r.Write("a/nodes/Actor.csv", [.. Actors, "ACT-X,X,COMPNY,,,,,,,SYNTHETIC"]));

        Assert.Equal(new SeedError("a/nodes/Actor.csv", 5, "column 'kind': 'COMPNY' is not a ActorKind (expected one of COMPANY, ASSOCIATION, FOUNDATION, LOCAL_AUTHORITY, PUBLIC_INSTITUTION, RESEARCH, SOCIAL_ECONOMY)"), error);
    }

    [Fact]
    public async Task Bad_enum_item_in_a_list()
    {
        var error = await SingleErrorAsync(r => r.Write("a/nodes/Alliance.csv", Alliances[0], Alliances[1].Replace(",INNOVATION,", ",INNOVATION;FUN,")));

        Assert.Equal(("a/nodes/Alliance.csv", 2), (error.File, error.Line));
        Assert.StartsWith("column 'impacts:string[]': 'FUN' is not a Impact", error.Message);
    }

    [Theory]
    [InlineData("ACT-X,X,COMPANY,,,,19x8,,,SYNTHETIC", "column 'foundedYear:int': '19x8' is not an int (a whole number such as 2018)")]
    [InlineData("ACT-X,X,ASSOCIATION,,yes,,,,,SYNTHETIC", "column 'employer:boolean': 'yes' is not a boolean (true or false)")]
    [InlineData("ACT-X,,COMPANY,,,,,,,SYNTHETIC", "column 'name': a value is required")]
    [InlineData("ACT-x,X,COMPANY,,,,,,,SYNTHETIC", "column 'id:ID': 'ACT-x' is not a valid Actor id (Actor ids look like 'ACT-LE-RAMEAU')")]
    [InlineData(",X,COMPANY,,,,,,,SYNTHETIC", "column 'id:ID': a value is required")]
    [InlineData("ACT-X,X,COMPANY,,,,,,,SYNTHETIC,extra", "extra fields: expected 10 fields as in the header, found 11")]
    [InlineData("ACT-X,X,COMPANY", "missing fields: expected 10 fields as in the header, found 3")]
    [InlineData("ACT-X,X\"Y,COMPANY,,,,,,,SYNTHETIC", "malformed CSV (a quote inside an unquoted field): a field with a quote, a comma or a line break must be quoted whole, with \"\" for a quote inside")]
    public async Task Bad_row_is_reported_at_its_line(string row, string message)
    {
        var error = await SingleErrorAsync(r => r.Write("a/nodes/Actor.csv", [.. Actors, row]));

        Assert.Equal(new SeedError("a/nodes/Actor.csv", 5, message), error);
    }

    [Fact]
    public async Task Float_value_of_the_wrong_type()
    {
        var error = await SingleErrorAsync(r => r.Write("a/nodes/Finding.csv", Findings[0], "FND-1,x,0,92,percent,maires,2019,CURATED"));

        Assert.Equal(new SeedError("a/nodes/Finding.csv", 2, "extra fields: expected 7 fields as in the header, found 8"), error);
    }

    [Fact]
    public async Task Line_numbers_count_the_lines_inside_quoted_fields()
    {
        var error = await SingleErrorAsync(r => r.Write("a/nodes/Actor.csv",
            [.. Actors, "ACT-Y,\"Deux", "lignes\",COMPANY,,,,,,,SYNTHETIC", "", "ACT-Z,Z,BANK,,,,,,,SYNTHETIC"]));

        Assert.Equal(("a/nodes/Actor.csv", 8), (error.File, error.Line));
    }

    [Fact]
    public async Task Unknown_column()
    {
        var error = await SingleErrorAsync(r => r.Write("a/nodes/Sdg.csv", "id:ID,number:int,name,colour,source", "SDG-17,17,P,blue,CURATED"));

        Assert.Equal(new SeedError("a/nodes/Sdg.csv", 1, "unknown column 'colour': Sdg has no property 'colour' (known: number, name, description, source)"), error);
    }

    [Fact]
    public async Task Missing_required_column()
    {
        var error = await SingleErrorAsync(r => r.Write("a/nodes/Sdg.csv", "id:ID,name,source", "SDG-17,P,CURATED"));

        Assert.Equal(new SeedError("a/nodes/Sdg.csv", 1, "missing required column 'number:int'"), error);
    }

    [Theory]
    [InlineData("id:ID,number,name,source", "column 'number': wrong header type 'string', property 'number' is declared 'number:int'")]
    [InlineData("id:ID,number:float,name,source", "column 'number:float': wrong header type 'float', property 'number' is declared 'number:int'")]
    [InlineData("id,number:int,name,source", "column 1 must be 'id:ID', found 'id'")]
    public async Task Wrong_header(string header, string message)
    {
        var error = await SingleErrorAsync(r => r.Write("a/nodes/Sdg.csv", header, "SDG-17,17,P,CURATED"));

        Assert.Equal(new SeedError("a/nodes/Sdg.csv", 1, message), error);
    }

    [Fact]
    public async Task Unknown_file()
    {
        var error = await SingleErrorAsync(r => r.Write("a/nodes/Actors.csv", Actors[0]));

        Assert.Equal("a/nodes/Actors.csv", error.File);
        Assert.StartsWith("unknown file: the name must be a label: Actor.csv, Alliance.csv", error.Message);
    }

    [Fact]
    public async Task Duplicate_id_across_sets_points_to_the_first()
    {
        var error = await SingleErrorAsync(r => r.Write("b/nodes/Domain.csv", "id:ID,name,source", "DOM-X,X,SYNTHETIC", "ALL-1,Y,SYNTHETIC"), "a", "b");

        Assert.Equal(new SeedError("b/nodes/Domain.csv", 3, "column 'id:ID': 'ALL-1' is not a valid Domain id (Domain ids look like 'DOM-HEALTH-SOCIAL')"), error);
    }

    [Fact]
    public async Task Duplicate_id_in_another_set()
    {
        var error = await SingleErrorAsync(r => r.Write("b/nodes/Alliance.csv", Alliances), "a", "b");

        Assert.Equal(new SeedError("b/nodes/Alliance.csv", 2, "column 'id:ID': duplicate id 'ALL-1', already defined at a/nodes/Alliance.csv:2"), error);
    }

    [Fact]
    public async Task Relationship_end_that_does_not_exist()
    {
        var error = await SingleErrorAsync(r => r.Write("a/relationships/PARTICIPATES_IN.csv", [.. ParticipatesIn, "ACT-NOBODY,ALL-1,PARTNER,"]));

        Assert.Equal(new SeedError("a/relationships/PARTICIPATES_IN.csv", 4, "column ':START_ID': no node has id 'ACT-NOBODY'"), error);
    }

    [Fact]
    public async Task Relationship_between_labels_the_type_does_not_allow()
    {
        var error = await SingleErrorAsync(r => r.Write("a/relationships/CONTRIBUTES_TO.csv", [.. ContributesTo, "ALL-1,DEP-34"]));

        Assert.Equal(new SeedError("a/relationships/CONTRIBUTES_TO.csv", 4,
            "no CONTRIBUTES_TO relationship from Alliance 'ALL-1' to Territory 'DEP-34' (allowed: Alliance → Sdg, Alliance → SdgTarget)"), error);
    }

    [Fact]
    public async Task Relationship_property_is_typed()
    {
        var error = await SingleErrorAsync(r => r.Write("a/relationships/PARTICIPATES_IN.csv", [.. ParticipatesIn[..2], "ACT-JARDINS,ALL-1,BOSS,2017"]));

        Assert.Equal(("a/relationships/PARTICIPATES_IN.csv", 3), (error.File, error.Line));
        Assert.StartsWith("column 'role': 'BOSS' is not a ParticipationRole", error.Message);
    }

    [Fact]
    public async Task Relationship_missing_required_property_column()
    {
        var error = await SingleErrorAsync(r => r.Write("a/relationships/PARTICIPATES_IN.csv", ":START_ID,:END_ID", "ACT-JARDINS,ALL-1"));

        Assert.Equal(new SeedError("a/relationships/PARTICIPATES_IN.csv", 1, "missing required column 'role'"), error);
    }

    [Fact]
    public async Task Duplicate_relationship()
    {
        var error = await SingleErrorAsync(r => r.Write("a/relationships/PART_OF.csv", [.. PartOf, "DEP-34,REG-76"]));

        Assert.Equal(new SeedError("a/relationships/PART_OF.csv", 4, "duplicate relationship DEP-34 -[:PART_OF]-> REG-76, already at a/relationships/PART_OF.csv:2"), error);
    }

    [Fact]
    public async Task Second_value_of_a_single_valued_field()
    {
        var error = await SingleErrorAsync(r => r.Write("a/relationships/PART_OF.csv", [.. PartOf, "DEP-34,FR"]));

        Assert.Equal(new SeedError("a/relationships/PART_OF.csv", 4, "Territory 'DEP-34' already has its one 'parent' through PART_OF at a/relationships/PART_OF.csv:2"), error);
    }

    [Fact]
    public async Task Every_error_is_collected_up_to_the_cap()
    {
        using var root = ValidSet(new TempSeedRoot());
        root.Write("a/nodes/Domain.csv", ["id:ID,name,source", .. Enumerable.Range(0, 150).Select(i => $"DOM-{i},,SYNTHETIC")]);

        var errors = await ErrorsAsync(root, "a");

        Assert.Equal(100, errors.Count);
        Assert.Equal(Enumerable.Range(2, 100), errors.Select(e => e.Line));
    }

    [Fact]
    public async Task Counting_all_problems_goes_past_the_cap_and_keeps_the_first_ones()
    {
        using var root = ValidSet(new TempSeedRoot());
        root.Write("a/nodes/Domain.csv", ["id:ID,name,source", .. Enumerable.Range(0, 150).Select(i => $"DOM-{i},,SYNTHETIC")]);
        var loaded = new List<SeedFileLoaded>();

        var stopped = await Assert.ThrowsAsync<SeedValidationException>(() =>
            new SeedLoader(KnowledgeGraphSchema.Instance).LoadAsync([Path.Combine(root.Root, "a")], CancellationToken.None));
        var counted = await Assert.ThrowsAsync<SeedValidationException>(() =>
            new SeedLoader(KnowledgeGraphSchema.Instance) { CountAllProblems = true }.LoadAsync([Path.Combine(root.Root, "a")], loaded.Add, CancellationToken.None));

        Assert.Equal((100, 100), (stopped.Errors.Count, stopped.Total));
        Assert.Equal((100, 150), (counted.Errors.Count, counted.Total));
        Assert.Equal(Enumerable.Range(2, 100), counted.Errors.Select(e => e.Line));
        var domains = Assert.Single(loaded, f => f.File == "a/nodes/Domain.csv");
        Assert.Equal((false, 0), (domains.Relationships, domains.Records));
        Assert.Equal(150, loaded[^1].ProblemsSoFar);
    }

    [Fact]
    public async Task Missing_set_folder()
    {
        using var root = new TempSeedRoot();
        var loader = new SeedLoader(KnowledgeGraphSchema.Instance);

        var exception = await Assert.ThrowsAsync<SeedValidationException>(
            () => loader.LoadAsync([Path.Combine(root.Root, "nowhere")], CancellationToken.None));

        Assert.Equal(new SeedError("nowhere", 0, "the seed set folder does not exist"), Assert.Single(exception.Errors));
    }
}
