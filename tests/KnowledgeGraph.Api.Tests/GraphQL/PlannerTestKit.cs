using GraphQL.SystemTextJson;
using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.Api.GraphQL.Planning;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema.Model;
using GraphQLInputs = GraphQL.Inputs;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>Validates a document against the generated schema (as execution does) and plans it.</summary>
internal static class PlannerTestKit
{
    public static KnowledgeGraphGraphQLSchema Schema { get; } = CreateSchema();

    private static readonly GraphQLSerializer Serializer = new();

    public static ReadPlan Plan(string query, string? variablesJson = null)
    {
        var document = GraphQLParser.Parser.Parse(query);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        var inputs = variablesJson is null ? GraphQLInputs.Empty : Serializer.Deserialize<GraphQLInputs>(variablesJson)!;
        var validation = new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = Schema,
            Document = document,
            Operation = operation,
            Rules = DocumentValidator.CoreRules,
            Variables = inputs,
        }).GetAwaiter().GetResult();
        Assert.True(validation.IsValid, string.Join("; ", validation.Errors.Select(e => e.Message)));
        return OperationPlanner.Plan(Schema, document, operation, validation.Variables);
    }

    /// <summary>The only root's connection query.</summary>
    public static ConnectionQuery Collection(string query, string? variablesJson = null) =>
        Assert.IsType<CollectionRead>(Assert.Single(Plan(query, variablesJson).Roots)).Query;

    public static PlanningException PlanError(string query, string? variablesJson = null) =>
        Assert.Throws<PlanningException>(() => Plan(query, variablesJson));

    private static KnowledgeGraphGraphQLSchema CreateSchema()
    {
        var schema = new KnowledgeGraphGraphQLSchema(KnowledgeGraphSchema.Instance);
        schema.Initialize();
        return schema;
    }
}
