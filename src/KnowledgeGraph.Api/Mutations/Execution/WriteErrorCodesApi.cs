namespace KnowledgeGraph.Api.Mutations.Execution;

/// <summary>Codes of mutation errors that do not come from the write core's validation.</summary>
internal static class MutationErrorCodes
{
    /// <summary>The configured store accepts no writes.</summary>
    public const string ReadOnly = "READ_ONLY_STORE";
}
