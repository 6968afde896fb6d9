using System.Text.Json.Nodes;
using Xunit;

namespace KnowledgeGraph.Tests.Paging;

/// <summary>
/// The GraphQL side of the paging tests over parallel participations, on either store's service: the page shapes they
/// try, one page of a node's nested connection, and the walks in both directions, each edge described as
/// "node-id role since" ("-" for a missing year).
/// </summary>
public static class ParallelParticipationWalk
{
    /// <summary>The order argument (with its trailing comma, or empty) and the page size.</summary>
    public static TheoryData<string, int> PageShapes => new()
    {
        { "", 1 },
        { "", 2 },
        { "order: [{ name: DESC }], ", 1 },
        { "order: [{ name: DESC }], ", 3 },
    };

    /// <param name="data">Runs a query with its variables and returns its <c>data</c>.</param>
    /// <param name="field">The connection field and its arguments so far, e.g. <c>alliances(order: …, </c>.</param>
    public static async Task<List<string>> ForwardAsync(Func<string, object, Task<JsonNode>> data, string id, string type, string field, int size) =>
        Describe(await RelayPageWalk.ForwardAsync(after => PageAsync(data, id, type, $"{field}first: {size}, after: $cursor) ", after)));

    /// <inheritdoc cref="ForwardAsync"/>
    public static async Task<List<string>> BackwardAsync(Func<string, object, Task<JsonNode>> data, string id, string type, string field, int size) =>
        Describe(await RelayPageWalk.BackwardAsync(before => PageAsync(data, id, type, $"{field}last: {size}, before: $cursor) ", before)));

    /// <summary>The connection of node <paramref name="id"/> that <paramref name="connection"/> names, at <c>$cursor</c>.</summary>
    public static async Task<JsonNode> PageAsync(Func<string, object, Task<JsonNode>> data, string id, string type, string connection, string? cursor)
    {
        var answer = await data($$"""
            query($cursor: String) { node(id: "{{id}}") { ... on {{type}} { {{connection}}{
              edges { cursor role since node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } } }
            """, new { cursor });
        return answer["node"]!.AsObject().Single().Value!;
    }

    private static List<string> Describe(IEnumerable<JsonNode> edges) =>
        [.. edges.Select(e => $"{e["node"]!["id"]} {e["role"]} {e["since"]?.ToString() ?? "-"}")];
}
