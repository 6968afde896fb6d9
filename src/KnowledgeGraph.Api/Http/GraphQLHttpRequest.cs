using GraphQL;

namespace KnowledgeGraph.Api.Http;

/// <summary>A well-formed GraphQL-over-HTTP request: its four parameters, already type-checked.</summary>
public sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions)
{
    /// <summary>The persisted document asked for (<c>documentId</c>, GraphQL over HTTP, persisted documents appendix).</summary>
    public string? DocumentId { get; init; }

    /// <summary>
    /// No <c>query</c> was sent (<see cref="Query"/> is empty): the request names a persisted document by
    /// <see cref="DocumentId"/> or <c>extensions.persistedQuery</c>, which an <see cref="IPersistedDocumentResolver"/> turns into the query.
    /// </summary>
    public bool QueryOmitted { get; init; }

    /// <summary>
    /// The document was refused before it became a string (<see cref="GraphQLHttpOptions.LargeDocumentCheck"/>); the
    /// request answers this error instead of executing, and <see cref="Query"/> is empty.
    /// </summary>
    public global::GraphQL.ExecutionError? EarlyRefusal { get; init; }
}
