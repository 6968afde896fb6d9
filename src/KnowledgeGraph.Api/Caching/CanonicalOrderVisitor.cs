using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace KnowledgeGraph.Api.Caching;

/// <summary>Sorts, in place and by name, every list whose order does not change the answer.</summary>
internal sealed class CanonicalOrderVisitor : ASTVisitor<DefaultVisitorContext>
{
    protected override ValueTask VisitArgumentsAsync(GraphQLArguments arguments, DefaultVisitorContext context)
    {
        arguments.Items.Sort((left, right) => string.CompareOrdinal(left.Name.StringValue, right.Name.StringValue));
        return base.VisitArgumentsAsync(arguments, context);
    }

    protected override ValueTask VisitObjectValueAsync(GraphQLObjectValue objectValue, DefaultVisitorContext context)
    {
        objectValue.Fields?.Sort((left, right) => string.CompareOrdinal(left.Name.StringValue, right.Name.StringValue));
        return base.VisitObjectValueAsync(objectValue, context);
    }

    protected override ValueTask VisitVariablesDefinitionAsync(GraphQLVariablesDefinition variablesDefinition, DefaultVisitorContext context)
    {
        variablesDefinition.Items.Sort((left, right) =>
            string.CompareOrdinal(left.Variable.Name.StringValue, right.Variable.Name.StringValue));
        return base.VisitVariablesDefinitionAsync(variablesDefinition, context);
    }
}
