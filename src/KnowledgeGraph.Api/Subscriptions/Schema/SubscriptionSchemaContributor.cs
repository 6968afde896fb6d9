using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;

namespace KnowledgeGraph.Api.Subscriptions.Schema;

/// <summary>Gives the generated schema its Subscription root and the types of its events.</summary>
internal sealed class SubscriptionSchemaContributor : ISchemaContributor
{
    public void Contribute(KnowledgeGraphGraphQLSchema schema)
    {
        foreach (var type in GraphChangeTypes.Create())
            schema.RegisterType(type);
        schema.Subscription = SubscriptionType.Create();
    }
}
