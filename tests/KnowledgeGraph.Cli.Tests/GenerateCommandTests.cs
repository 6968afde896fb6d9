namespace KnowledgeGraph.Cli.Tests;

public sealed class GenerateCommandTests
{
    [Fact]
    public async Task Generates_the_reference_scale_and_prints_counts()
    {
        using var output = new TempFolder();

        var run = await KgRun.InvokeAsync("generate", "--curated", RepositoryCurated.Path, "--out", output.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"Alliance\s+650\n", run.Output);
        Assert.Matches(@"Network\s+350\n", run.Output);
        Assert.Matches(@"Done in \d+\.\d\d s \(loading", run.Output);
        Assert.True(File.Exists(Path.Combine(output.Path, "nodes", "Alliance.csv")));
        Assert.True(File.Exists(Path.Combine(output.Path, "relationships", "PARTICIPATES_IN.csv")));
    }

    [Fact]
    public async Task The_generated_set_passes_check_together_with_the_curated_one()
    {
        using var root = new TempFolder();
        var synthetic = Path.Combine(root.Path, "synthetic");
        Assert.Equal(0, (await KgRun.InvokeAsync("generate", "--curated", RepositoryCurated.Path, "--out", synthetic, "--seed", "99")).ExitCode);

        var check = await KgRun.InvokeAsync("check", "--seed-dir", Path.GetDirectoryName(RepositoryCurated.Path)!, "--sets", $"curated,{synthetic}");

        Assert.Equal(0, check.ExitCode);
        Assert.Matches(@"Alliance\s+65\d\n", check.Output);
    }

    [Fact]
    public async Task Missing_curated_data_is_reported_without_a_stack_trace()
    {
        using var root = new TempFolder();
        root.Write("curated/nodes/Domain.csv", "id:ID,name,source", "DOM-SPORT,Sport,CURATED");

        var run = await KgRun.InvokeAsync("generate", "--curated", Path.Combine(root.Path, "curated"), "--out", Path.Combine(root.Path, "out"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: The curated seed set lacks what the synthetic generator needs: no REGION territory", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.False(Directory.Exists(Path.Combine(root.Path, "out")));
    }

    [Fact]
    public async Task Scale_below_1_is_refused()
    {
        var run = await KgRun.InvokeAsync("generate", "--scale", "0", "--out", Path.GetTempPath());

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--scale must be 1 or more.", run.Error);
    }
}
