namespace KnowledgeGraph.Api.GraphQL.Planning;

/// <summary>An operation the planner refuses (bad page sizes, a filter operator without a value…), with a stable code.</summary>
public sealed class PlanningException(string code, string message) : Exception(message)
{
    public const string InvalidPagination = "INVALID_PAGINATION";
    public const string InvalidFilter = "INVALID_FILTER";
    public const string ConflictingSelections = "CONFLICTING_SELECTIONS";

    public string Code { get; } = code;
}
