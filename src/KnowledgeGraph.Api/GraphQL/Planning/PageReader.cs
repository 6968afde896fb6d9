using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Core.Plan;

namespace KnowledgeGraph.Api.GraphQL.Planning;

/// <summary>first/after/last/before → <see cref="PageRequest"/>, refusing sizes the API does not serve.</summary>
internal static class PageReader
{
    public static PageRequest Read(in ArgumentValues arguments)
    {
        var first = arguments.Int(ConnectionArguments.First);
        var last = arguments.Int(ConnectionArguments.Last);
        if (first is not null && last is not null)
        {
            throw new PlanningException(PlanningException.InvalidPagination, "Pass either `first` or `last`, not both.");
        }

        CheckSize(ConnectionArguments.First, first);
        CheckSize(ConnectionArguments.Last, last);
        var after = arguments.String(ConnectionArguments.After);
        var before = arguments.String(ConnectionArguments.Before);
        if (first is null && last is null)
        {
            first = PageRequest.DefaultPageSize;
        }

        return first == PageRequest.DefaultPageSize && last is null && after is null && before is null
            ? PageRequest.Default
            : new PageRequest(first, after, last, before);
    }

    public static void CheckSize(string argument, int? size)
    {
        if (size is < 0 or > PageRequest.MaxPageSize)
        {
            throw new PlanningException(PlanningException.InvalidPagination,
                $"`{argument}` must be between 0 and {PageRequest.MaxPageSize}; it was {size}.");
        }
    }
}
