namespace KnowledgeGraph.Api.Http;

/// <summary>The media types of the GraphQL-over-HTTP specification.</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The preferred response type: its status codes can be trusted by clients.</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>The request type, and the legacy response type (always 200 for a well-formed request).</summary>
    public const string Json = "application/json";

    public const string Html = "text/html";
}
