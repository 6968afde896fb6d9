using GraphQL.Execution;

namespace KnowledgeGraph.Api.Limits.Errors;

/// <summary>The document holds more tokens than <see cref="LimitsOptions.MaxTokens"/>: it is refused before it is parsed.</summary>
public sealed class DocumentTooLargeError : DocumentError
{
    public const string ErrorCode = "MAX_TOKENS_EXCEEDED";

    public DocumentTooLargeError(int maxTokens)
        : base($"The document holds more than {maxTokens} tokens (names, punctuation, values), which this API does not read. Send a smaller query.")
    {
        Code = ErrorCode;
    }
}
