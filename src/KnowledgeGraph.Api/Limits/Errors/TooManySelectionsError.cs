using GraphQL.Execution;

namespace KnowledgeGraph.Api.Limits.Errors;

/// <summary>
/// One selection set holds more selections than <see cref="LimitsOptions.MaxSelectionsPerSet"/>, or an operation more
/// than <see cref="LimitsOptions.MaxSelections"/> once its fragments are expanded (repeated fields count each time).
/// </summary>
public sealed class TooManySelectionsError : DocumentError
{
    public const string ErrorCode = "MAX_SELECTIONS_EXCEEDED";

    public TooManySelectionsError(long count, int max, bool expanded = false)
        : base(expanded
            ? $"The operation holds {(count > max ? $"more than {max}" : count)} selections once its fragments are expanded (a fragment spread twice counts twice); this API allows at most {max}. Spread fragments fewer times."
            : $"One selection set holds {count} selections (fields and fragments, repeated ones included); this API allows at most {max}. Remove repeated fields.")
    {
        Code = ErrorCode;
    }
}
