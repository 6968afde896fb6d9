namespace KnowledgeGraph.Cli.Tests;

public sealed class CheckCommandTests
{
    private static readonly string[] Actors =
    [
        "id:ID,name,kind,source",
        "ACT-A,Garonne Numérique SAS,COMPANY,SYNTHETIC",
        "ACT-B,Association Jardins Solidaires,ASSOCIATION,SYNTHETIC",
    ];

    [Fact]
    public async Task Valid_sets_print_counts_per_label_and_type()
    {
        using var root = new TempFolder();
        root.Write("one/nodes/Actor.csv", Actors);
        root.Write("one/nodes/Territory.csv", "id:ID,name,level,source", "DEP-34,Hérault,DEPARTMENT,CURATED");
        root.Write("two/relationships/BASED_IN.csv", ":START_ID,:END_ID", "ACT-A,DEP-34");

        var run = await KgRun.InvokeAsync("check", "--seed-dir", root.Path, "--sets", "one,two");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Matches(@"Actor\s+2\n", run.Output);
        Assert.Matches(@"Territory\s+1\n", run.Output);
        Assert.Matches(@"BASED_IN\s+1\n", run.Output);
    }

    [Fact]
    public async Task Every_problem_is_printed_as_file_line_message_with_exit_code_1()
    {
        using var root = new TempFolder();
        root.Write("one/nodes/Actor.csv", [.. Actors, "ACT-C,X,COMPNY,SYNTHETIC", "ACT-A,Y,COMPANY,SYNTHETIC"]);

        var run = await KgRun.InvokeAsync("check", "--seed-dir", root.Path, "--sets", "one");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("one/nodes/Actor.csv:4: column 'kind': 'COMPNY' is not a ActorKind", lines[0]);
        Assert.Equal("one/nodes/Actor.csv:5: column 'id:ID': duplicate id 'ACT-A', already defined at one/nodes/Actor.csv:2", lines[1]);
        Assert.Equal("2 problem(s) found.", lines[2]);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task A_missing_set_folder_is_an_error()
    {
        using var root = new TempFolder();

        var run = await KgRun.InvokeAsync("check", "--seed-dir", root.Path, "--sets", "nothing");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nothing: the seed set folder does not exist", run.Error);
    }
}
