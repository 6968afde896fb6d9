using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.Api.GraphQL.Documents;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Core.Plan;

namespace KnowledgeGraph.Api.GraphQL.Planning;

/// <summary>
/// The plan of an operation that takes no variables depends on its document alone, and a validated document is
/// reused across requests (the document cache), so its plan is kept beside it: it lives exactly as long as the
/// document does. Operations with variables, and those of a document the cache does not keep, are planned on every
/// request. Plans are immutable records, shared by concurrent requests; a planning error is never kept.
/// </summary>
internal static class PlanCache
{
    private static readonly ConditionalWeakTable<GraphQLOperationDefinition, ReadPlan> Plans = new();

    public static ReadPlan Plan(KnowledgeGraphGraphQLSchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Variables? variables)
    {
        if (operation.Variables is { Count: > 0 } || !KeptDocuments.IsKept(document))
            return OperationPlanner.Plan(schema, document, operation, variables);
        if (Plans.TryGetValue(operation, out var kept))
            return kept;
        var plan = OperationPlanner.Plan(schema, document, operation, variables);
        Plans.AddOrUpdate(operation, plan);
        return plan;
    }
}
