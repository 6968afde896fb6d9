using GraphQL.Execution;

namespace KnowledgeGraph.Api.Limits.Errors;

/// <summary>
/// More directives at one place than <see cref="LimitsOptions.MaxDirectivesPerLocation"/>, or in the whole document than
/// <see cref="LimitsOptions.MaxDirectives"/>.
/// </summary>
public sealed class TooManyDirectivesError : DocumentError
{
    public const string ErrorCode = "MAX_DIRECTIVES_EXCEEDED";

    public TooManyDirectivesError(string what, int max)
        : base($"The document has {what}; this API allows at most {max}. Remove repeated directives.")
    {
        Code = ErrorCode;
    }
}
