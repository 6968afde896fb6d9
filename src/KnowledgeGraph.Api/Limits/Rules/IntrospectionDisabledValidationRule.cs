using KnowledgeGraph.Api.GraphQL.Documents;
using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Limits.Errors;

namespace KnowledgeGraph.Api.Limits.Rules;

/// <summary>Added when introspection is turned off: refuses <c>__schema</c> and <c>__type</c> (<c>__typename</c> stays).</summary>
public sealed class IntrospectionDisabledValidationRule : ValidationRuleBase, IDocumentOnlyValidationRule
{
    public static IntrospectionDisabledValidationRule Instance { get; } = new();

    private static readonly MatchingNodeVisitor<GraphQLField> Visitor = new((field, context) =>
    {
        if (field.Name.Value == "__schema" || field.Name.Value == "__type")
            context.ReportError(new IntrospectionDisabledError(context, field));
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}
