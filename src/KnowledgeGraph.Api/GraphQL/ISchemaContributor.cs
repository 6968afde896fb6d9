using KnowledgeGraph.Api.GraphQL.SchemaTypes;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// Completes the generated schema from outside it, e.g. with the Mutation root. Registered in DI; called once,
/// after the <see cref="IQueryFieldContributor"/>s and before the schema initialises.
/// </summary>
public interface ISchemaContributor
{
    void Contribute(KnowledgeGraphGraphQLSchema schema);
}
