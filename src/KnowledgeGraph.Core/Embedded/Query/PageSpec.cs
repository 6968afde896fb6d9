using KnowledgeGraph.Core.Paging;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>A validated page request with its cursors decoded under the connection's order.</summary>
internal sealed record PageSpec(int? First, int? Last, CursorPosition? After, CursorPosition? Before)
{
    public static PageSpec From(PageRequest page, ItemOrder order)
    {
        if (page.First is not null && page.Last is not null)
        {
            throw Invalid("Give either 'first' or 'last', not both.");
        }

        CheckSize(page.First, "first");
        CheckSize(page.Last, "last");
        var first = page.First ?? (page.Last is null ? PageRequest.DefaultPageSize : null);
        return new PageSpec(
            first,
            page.Last,
            page.After is null ? null : CursorCodec.Decode(order.Label, order.Keys, page.After, order.EdgeKey),
            page.Before is null ? null : CursorCodec.Decode(order.Label, order.Keys, page.Before, order.EdgeKey));
    }

    private static void CheckSize(int? size, string name)
    {
        if (size is < 0 or > PageRequest.MaxPageSize)
        {
            throw Invalid($"'{name}' must be between 0 and {PageRequest.MaxPageSize}; it was {size}.");
        }
    }

    private static InvalidQueryException Invalid(string message) => new("INVALID_PAGINATION", message);
}
