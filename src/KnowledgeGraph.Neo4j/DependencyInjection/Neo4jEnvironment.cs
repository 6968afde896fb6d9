using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Neo4j.DependencyInjection;

/// <summary>
/// The flat configuration keys a container sets (<c>NEO4J_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>,
/// <c>NEO4J_DATABASE</c>): when present (environment variables are configuration), they win over the section.
/// </summary>
public static class Neo4jEnvironment
{
    public const string Uri = "NEO4J_URI";
    public const string User = "NEO4J_USER";
    public const string Password = "NEO4J_PASSWORD";
    public const string Database = "NEO4J_DATABASE";

    public static void Apply(IConfiguration configuration, Neo4jStoreOptions options)
    {
        options.Uri = Value(configuration, Uri) ?? options.Uri;
        options.User = Value(configuration, User) ?? options.User;
        options.Password = Value(configuration, Password) ?? options.Password;
        options.Database = Value(configuration, Database) ?? options.Database;
    }

    private static string? Value(IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } value ? value : null;
}
