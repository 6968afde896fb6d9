namespace KnowledgeGraph.Core.Seed.Internal;

/// <summary>The file and line a record came from, to report its problems (a struct: no allocation per row).</summary>
internal readonly record struct RowLocation(SeedErrorList Errors, string File, int Line)
{
    public void Report(string message) => Errors.Add(File, Line, message);
}
