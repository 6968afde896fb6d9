namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>
/// The GraphQL operations measured, read from the files the HTTP load test sends too
/// (benchmarks/load/scenarios/*.graphql and the GraphiQL flagship example), copied next to the binaries.
/// </summary>
public static class Operations
{
    public static string SimplePage { get; } = Read("simple-page");

    public static string Flagship { get; } = Read("flagship");

    public static string DeepNested { get; } = Read("deep-nested");

    private static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Operations", name + ".graphql"));
}
