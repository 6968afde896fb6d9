namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>The shape of the schema query GraphiQL sends on load (graphql-js getIntrospectionQuery, type references 9 deep).</summary>
public static class IntrospectionQuery
{
    public static string Text { get; } = Build();

    private static string Build()
    {
        var typeRef = "kind name";
        for (var i = 0; i < 9; i++)
            typeRef = $"kind name ofType {{ {typeRef} }}";
        return $$"""
            query IntrospectionQuery {
              __schema {
                queryType { name } mutationType { name } subscriptionType { name }
                types { ...FullType }
                directives { name description locations args { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description
              fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
              inputFields { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type { {{typeRef}} }
            """;
    }
}
