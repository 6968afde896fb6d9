using GraphQL.Execution;
using GraphQLParser;
using KnowledgeGraph.Api.Limits.Budget;

namespace KnowledgeGraph.Api.Limits.Errors;

/// <summary>
/// The document holds more than <see cref="ShortLines.MaxUnbroken"/> characters in a row with no space, comma or line
/// break outside a string (in practice a long string literal): it is refused before it is lexed (see <see cref="ShortLines"/>).
/// </summary>
public sealed class UnbrokenTextTooLongError : DocumentError
{
    public const string ErrorCode = "MAX_UNBROKEN_TEXT_EXCEEDED";

    public UnbrokenTextTooLongError(string text, int offset)
        : base($"The document holds more than {ShortLines.MaxUnbroken} characters in a row with no space, comma or line break "
            + "outside a string, which this API does not read. Pass long strings as variables, and separate the parts of the document with spaces.")
    {
        Code = ErrorCode;
        AddLocation(Location.FromLinearPosition(text, offset));
    }
}
