using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>The key a field has in the response: its alias, or its name. Plans and results are keyed by it.</summary>
internal static class ResponseKey
{
    public static string Of(GraphQLField field) => (field.Alias?.Name ?? field.Name).StringValue;
}
