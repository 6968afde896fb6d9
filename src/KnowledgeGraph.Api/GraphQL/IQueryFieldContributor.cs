using KnowledgeGraph.Api.GraphQL.SchemaTypes;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// Adds fields (and the types they need) to the Query root from outside the generated schema, e.g. the analytics
/// fields. Registered in DI; called once, after the generated types and before the schema initialises. Fields
/// added here carry no planner binding, so the operation's one store read ignores them.
/// </summary>
public interface IQueryFieldContributor
{
    void Contribute(KnowledgeGraphGraphQLSchema schema);
}
