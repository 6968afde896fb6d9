using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Http.Errors;

namespace KnowledgeGraph.Api.Subscriptions.Transport;

/// <summary>For SSE over GET (what <c>EventSource</c> sends): queries and subscriptions, never mutations.</summary>
internal sealed class NoMutationValidationRule : ValidationRuleBase
{
    public static NoMutationValidationRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Mutation)
            context.ReportError(new MutationOverGetError(context, context.Operation));
        return default;
    }
}
