using KnowledgeGraph.Api.GraphQL.Documents;
using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Limits.Errors;

namespace KnowledgeGraph.Api.Limits.Rules;

/// <summary>Refuses a document holding more than <see cref="LimitsOptions.MaxOperations"/> operations.</summary>
public sealed class MaxOperationsValidationRule(int maxOperations) : ValidationRuleBase, IDocumentOnlyValidationRule
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operations = context.Document.Definitions.Count(definition => definition is GraphQLOperationDefinition);
        if (operations > maxOperations)
            context.ReportError(new TooManyOperationsError(context, operations, maxOperations));
        return default;
    }
}
