using GraphQL;

namespace KnowledgeGraph.Api.Http;

/// <summary>A well-formed GraphQL-over-HTTP request: its four parameters, already type-checked.</summary>
public sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
