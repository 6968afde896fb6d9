namespace KnowledgeGraph.Api.Imports;

/// <summary>An import refused as a whole, before anything is written: one or more problems, with an HTTP status.</summary>
public sealed class ImportRefusedException(int statusCode, IReadOnlyList<ImportProblem> problems, bool truncated = false)
    : Exception(problems.Count > 0 ? problems[0].Message : "The import was refused.")
{
    public ImportRefusedException(int statusCode, string code, string message)
        : this(statusCode, [new ImportProblem(code, message)])
    {
    }

    public int StatusCode { get; } = statusCode;

    public IReadOnlyList<ImportProblem> Problems { get; } = problems;

    /// <summary>Validation stopped at its cap: there may be more problems than those listed.</summary>
    public bool Truncated { get; } = truncated;
}

/// <summary>One problem: a stable code, a message for people and, for a problem in a file, where (<c>file:line</c>).</summary>
public sealed record ImportProblem(
    string Code, string Message, string? File = null, int Line = 0, string? Property = null, IReadOnlyList<string>? Suggestions = null)
{
    /// <summary><c>nodes/Actor.csv:12</c>, or the file alone when the problem concerns it as a whole.</summary>
    public string? Field => File is null ? null : Line > 0 ? $"{File}:{Line}" : File;
}
