using GraphQL.Execution;

namespace KnowledgeGraph.Api.Limits.Errors;

/// <summary>The document defines more fragments than <see cref="LimitsOptions.MaxFragments"/>.</summary>
public sealed class TooManyFragmentsError : DocumentError
{
    public const string ErrorCode = "MAX_FRAGMENTS_EXCEEDED";

    public TooManyFragmentsError(int count, int max)
        : base($"The document defines {count} fragments; this API allows at most {max}. Use fewer, larger fragments.")
    {
        Code = ErrorCode;
    }
}
