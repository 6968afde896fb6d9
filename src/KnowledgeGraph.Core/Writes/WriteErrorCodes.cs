namespace KnowledgeGraph.Core.Writes;

/// <summary>The stable codes of <see cref="WriteError"/>; the API exposes them to clients.</summary>
public static class WriteErrorCodes
{
    public const string UnknownLabel = "UNKNOWN_LABEL";
    public const string UnknownProperty = "UNKNOWN_PROPERTY";
    public const string InvalidValue = "INVALID_VALUE";

    /// <summary>A text holds a character XML 1.0 cannot carry (a control character, a lone surrogate, U+FFFE/U+FFFF).</summary>
    public const string InvalidCharacter = "INVALID_CHARACTER";
    public const string Required = "REQUIRED";
    public const string Immutable = "IMMUTABLE";
    public const string InvalidId = "INVALID_ID";
    public const string DuplicateId = "DUPLICATE_ID";
    public const string UnknownId = "UNKNOWN_ID";
    public const string UnknownRelationshipType = "UNKNOWN_RELATIONSHIP_TYPE";
    public const string LabelMismatch = "LABEL_MISMATCH";
    public const string DuplicateRelationship = "DUPLICATE_RELATIONSHIP";
    public const string SingleValued = "SINGLE_VALUED";
    public const string UnknownRelationship = "UNKNOWN_RELATIONSHIP";

    /// <summary>An unlink matches several parallel relationships: <see cref="WriteError.Candidates"/> lists their keys.</summary>
    public const string AmbiguousRelationship = "AMBIGUOUS_RELATIONSHIP";
    public const string HasRelationships = "HAS_RELATIONSHIPS";
    public const string InvalidSeed = "INVALID_SEED";
    public const string InvalidOperation = "INVALID_OPERATION";
}
