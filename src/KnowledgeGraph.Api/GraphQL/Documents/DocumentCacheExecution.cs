using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Caching;
using Microsoft.Extensions.Caching.Memory;

namespace KnowledgeGraph.Api.GraphQL.Documents;

/// <summary>
/// Keeps the parsed documents that parsed and passed validation twice (<see cref="SecondSightAdmission"/>: a document
/// seen once is not worth its place), by query text and operation name, in a bounded memory cache. On a hit the
/// request skips parsing and GraphQL.NET's core validation rules, which depend on the document and the schema only,
/// and, for a document that declares no variables, the rules that depend on the document and variables only
/// (<see cref="PassedDocumentRules"/>). Every other rule still runs on every request (the
/// limits when variables may change their verdict, the GET-only rule, the authorization rule), as do the variable
/// checks the validator always makes.
/// </summary>
internal sealed class DocumentCacheExecution : IConfigureExecution, IDisposable
{
    /// <summary>
    /// Total query text, in characters, the cache may hold (an entry's size is its query length). A parsed document
    /// weighs about 20 bytes of syntax tree per character of its text, so this keeps the cache near 40 MB whatever
    /// clients send (the least used documents go first).
    /// </summary>
    public const long SizeLimitChars = 2_000_000;

    private static readonly HashSet<IValidationRule> CoreRules = [.. DocumentValidator.CoreRules];

    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = SizeLimitChars });
    private readonly SecondSightAdmission _admission = new();

    /// <summary>
    /// Before <c>RequestLimitsExecution</c> (10), which parses the query: a hit leaves it nothing to parse. The rules
    /// the later hooks append are not core rules, so they run on hits too.
    /// </summary>
    public float SortOrder => 5;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
            return await next(options);

        var key = new DocumentKey(query, options.OperationName);
        if (_documents.TryGetValue(key, out KeptDocument? kept) && kept is not null)
        {
            options.Document = kept.Document;
            options.ValidationRules = [.. (options.ValidationRules ?? DocumentValidator.CoreRules).Where(rule => !CoreRules.Contains(rule))];
            return await next(options);
        }

        var result = await next(options);
        // Executed: the document parsed and every validation rule passed (a refused or unparsable one is not kept).
        if (result.Executed && (options.Document ?? result.Document) is { } parsed && _admission.Admit(query, options.OperationName))
        {
            KeptDocuments.Mark(parsed);
            _documents.Set(key, new KeptDocument(parsed), new MemoryCacheEntryOptions { Size = Math.Max(1, query.Length) });
        }

        return result;
    }

    /// <summary>Whether a document is kept for this query text and operation name (for tests).</summary>
    internal bool Holds(string query, string? operationName) => _documents.TryGetValue(new DocumentKey(query, operationName), out _);

    public void Dispose() => _documents.Dispose();

    private readonly record struct DocumentKey(string Query, string? OperationName);

    private sealed record KeptDocument(GraphQLDocument Document);
}
