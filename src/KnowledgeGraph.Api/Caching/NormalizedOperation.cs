using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Caching;

/// <summary>A parsed request document: its canonical text and the operation the request selects.</summary>
/// <param name="CanonicalText">The document printed after sorting arguments, input-object fields and variables.</param>
/// <param name="Type">The selected operation's type (query, mutation, subscription).</param>
/// <param name="Name">The selected operation's name, null for an anonymous operation.</param>
public sealed record NormalizedOperation(string CanonicalText, OperationType Type, string? Name);
