using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Writes;

/// <summary>A change set refused as a whole: nothing of it was written. Carries every problem found.</summary>
public sealed class WriteValidationException(IReadOnlyList<WriteError> errors)
    : StoreException(ErrorCode, $"The change set was refused ({errors.Count} problem(s)):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    public const string ErrorCode = "INVALID_WRITE";

    public IReadOnlyList<WriteError> Errors { get; } = errors;
}
