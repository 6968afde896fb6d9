using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;

namespace KnowledgeGraph.Api.Mutations.Schema;

/// <summary>Gives the generated schema its Mutation root and the types it needs, all from the graph schema.</summary>
internal sealed class MutationSchemaContributor : ISchemaContributor
{
    public void Contribute(KnowledgeGraphGraphQLSchema schema)
    {
        var catalog = new MutationCatalog(schema.Graph);
        foreach (var type in WriteInputTypes.Create(schema.Graph, catalog).Concat(WritePayloadTypes.Create()))
        {
            schema.RegisterType(type);
        }

        schema.Mutation = MutationType.Create(schema.Graph, catalog);
    }
}
