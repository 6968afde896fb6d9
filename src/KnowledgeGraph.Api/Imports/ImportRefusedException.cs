namespace KnowledgeGraph.Api.Imports;

/// <summary>An import refused as a whole, before anything is written: one or more problems, with an HTTP status.</summary>
public sealed class ImportRefusedException(int statusCode, IReadOnlyList<ImportProblem> problems, bool truncated = false, int? omitted = null)
    : Exception(problems.Count > 0 ? problems[0].Message : "The import was refused.")
{
    public ImportRefusedException(int statusCode, string code, string message)
        : this(statusCode, [new ImportProblem(code, message)])
    {
    }

    public int StatusCode { get; } = statusCode;

    public IReadOnlyList<ImportProblem> Problems { get; } = problems;

    /// <summary>The list is cut at its cap: there are (or, when <see cref="Omitted"/> is null, may be) more problems.</summary>
    public bool Truncated { get; } = truncated || omitted > 0;

    /// <summary>How many problems were found but not listed, when known.</summary>
    public int? Omitted { get; } = omitted;
}

/// <summary>One problem: a stable code, a message for people and, for a problem in a file, where (<c>file:line</c>).</summary>
public sealed record ImportProblem(
    string Code, string Message, string? File = null, int Line = 0, string? Property = null, IReadOnlyList<string>? Suggestions = null)
{
    /// <summary><c>nodes/Actor.csv:12</c>, or the file alone when the problem concerns it as a whole.</summary>
    public string? Field => File is null ? null : Line > 0 ? $"{File}:{Line}" : File;
}
