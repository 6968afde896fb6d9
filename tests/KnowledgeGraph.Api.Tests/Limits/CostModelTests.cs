using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.Limits.Cost;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>The cost and depth the limits measure, on the generated schema: the numbers Limits/README.md explains.</summary>
public sealed class CostModelTests
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddLogging().AddKnowledgeGraphGraphQL().BuildServiceProvider();

    [Theory]
    [InlineData("{ actors { totalCount } }", 1, 2)]
    [InlineData("{ actors { nodes { id name } } }", 51, 3)]
    [InlineData("{ actors(first: 10) { nodes { id } edges { cursor node { id } } pageInfo { hasNextPage } } }", 32, 4)]
    [InlineData("{ actors(last: 7) { nodes { id } } }", 8, 3)]
    [InlineData("{ actors(first: 0) { nodes { id } } }", 1, 3)]
    [InlineData("{ actors(first: 1000) { nodes { alliances(first: 1000) { nodes { id } } } } }", 1_002_001, 5)]
    [InlineData("{ search(text: \"paris\") { score node { id } } }", 40, 3)]
    [InlineData("{ node(id: \"FR\") { id ... on Territory { parent { name } } } }", 2, 3)]
    [InlineData("{ __typename }", 0, 1)]
    [InlineData("{ territories(first: 2) { nodes { ...T } } } fragment T on Territory { parent { parent { id } } }", 7, 5)]
    public async Task Measures_cost_and_depth(string query, double cost, int depth)
    {
        var shape = await MeasureAsync(query);

        Assert.Equal(new OperationShape(cost, depth), shape);
    }

    [Fact]
    public async Task Page_sizes_from_variables_are_used()
    {
        var shape = await MeasureAsync("query($n: Int) { actors(first: $n) { nodes { id } } }", """{ "n": 300 }""");

        Assert.Equal(301, shape.Cost);
    }

    [Fact]
    public async Task The_flagship_query_costs_260101_and_is_8_deep()
    {
        var query = await File.ReadAllTextAsync(Hosting.RepositoryFiles.Find("ui/graphiql/examples/flagship.graphql"));

        Assert.Equal(new OperationShape(260_101, 8), await MeasureAsync(query));
    }

    [Fact]
    public async Task GraphiQLs_introspection_query_fits_the_default_limits()
    {
        var shape = await MeasureAsync(IntrospectionQuery.Text);

        Assert.True(shape.Depth <= 12, $"depth {shape.Depth}");
        Assert.True(shape.Cost <= 500_000, $"cost {shape.Cost}");
        Assert.Equal(6, shape.Depth); // __schema types fields args type name: ofType adds no level
    }

    [Fact]
    public async Task Nested_introspection_multiplies_like_any_list()
    {
        var nested = "{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }";

        var shape = await MeasureAsync(nested);

        Assert.Equal(12, shape.Depth);
        Assert.True(shape.Cost > 500_000, $"cost {shape.Cost}");
    }

    private static async Task<OperationShape> MeasureAsync(string query, string? variablesJson = null)
    {
        var probe = new ShapeProbeRule();
        var serializer = Services.GetRequiredService<IGraphQLTextSerializer>();
        var result = await Services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(new ExecutionOptions
        {
            Schema = Services.GetRequiredService<ISchema>(),
            Query = query,
            Variables = variablesJson is null ? null : serializer.Deserialize<Inputs>(variablesJson),
            RequestServices = Services,
            ValidationRules = DocumentValidator.CoreRules.Append(probe),
        });
        Assert.True(probe.Shape.HasValue, serializer.Serialize(result));
        return probe.Shape.Value;
    }

    /// <summary>Records the measured shape, then stops the request so that nothing executes.</summary>
    private sealed class ShapeProbeRule : ValidationRuleBase
    {
        public OperationShape? Shape { get; private set; }

        public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
        {
            if (!context.HasErrors)
            {
                Shape = OperationShapeAnalyzer.Measure(context);
                context.ReportError(new ValidationError("measured"));
            }

            return default;
        }
    }
}
