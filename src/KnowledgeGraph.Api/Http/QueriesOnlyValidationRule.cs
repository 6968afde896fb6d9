using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Http.Errors;

namespace KnowledgeGraph.Api.Http;

/// <summary>Added to the validation rules of GET requests: the selected operation must be a query.</summary>
public sealed class QueriesOnlyValidationRule : ValidationRuleBase
{
    public static QueriesOnlyValidationRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
            context.ReportError(new MutationOverGetError(context, context.Operation));
        return default;
    }
}
