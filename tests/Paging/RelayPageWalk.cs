using System.Text.Json.Nodes;
using Xunit;

namespace KnowledgeGraph.Tests.Paging;

/// <summary>
/// Walks a Relay connection of a GraphQL answer page by page, forward (<c>first</c>/<c>after</c>, from the end cursor) or
/// backward (<c>last</c>/<c>before</c>, from the start cursor), checking on the way that only the first page has no
/// previous page (no next page, backward). Returns the edges in connection order.
/// </summary>
public static class RelayPageWalk
{
    private const int MaxPages = 20;

    /// <param name="pageAfter">The connection (with <c>edges</c> and <c>pageInfo</c>) after a cursor; null for the first page.</param>
    public static async Task<List<JsonNode>> ForwardAsync(Func<string?, Task<JsonNode>> pageAfter)
    {
        var edges = new List<JsonNode>();
        string? after = null;
        for (var pages = 0; pages < MaxPages; pages++)
        {
            var page = await pageAfter(after);
            edges.AddRange(Edges(page));
            Assert.Equal(after is not null, (bool)page["pageInfo"]!["hasPreviousPage"]!);
            if (!(bool)page["pageInfo"]!["hasNextPage"]!)
                return edges;
            after = (string)page["pageInfo"]!["endCursor"]!;
        }

        throw new InvalidOperationException($"No last page after {MaxPages} pages.");
    }

    /// <param name="pageBefore">The connection (with <c>edges</c> and <c>pageInfo</c>) before a cursor; null for the last page.</param>
    public static async Task<List<JsonNode>> BackwardAsync(Func<string?, Task<JsonNode>> pageBefore)
    {
        var edges = new List<JsonNode>();
        string? before = null;
        for (var pages = 0; pages < MaxPages; pages++)
        {
            var page = await pageBefore(before);
            edges.InsertRange(0, Edges(page));
            Assert.Equal(before is not null, (bool)page["pageInfo"]!["hasNextPage"]!);
            if (!(bool)page["pageInfo"]!["hasPreviousPage"]!)
                return edges;
            before = (string)page["pageInfo"]!["startCursor"]!;
        }

        throw new InvalidOperationException($"No first page after {MaxPages} pages.");
    }

    private static IEnumerable<JsonNode> Edges(JsonNode page) => page["edges"]!.AsArray().Select(edge => edge!);
}
