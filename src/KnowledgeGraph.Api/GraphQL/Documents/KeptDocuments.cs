using System.Runtime.CompilerServices;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL.Documents;

/// <summary>
/// The documents the document cache keeps, and what they passed when they were kept. Memos per document or operation
/// (its plan, its last answer's size) are only worth keeping for these: any other document is parsed for one request
/// and dies with it, and a memo for it would only give the GC a handle to track.
/// </summary>
internal static class KeptDocuments
{
    // Keyed by the document itself: a kept document belongs to one service instance, and dies with its cache entry.
    private static readonly ConditionalWeakTable<GraphQLDocument, Facts> Kept = new();

    /// <summary>Records a document the cache keeps, which passed every validation rule with the request that brought it.</summary>
    public static void Mark(GraphQLDocument document) => Kept.AddOrUpdate(document, new Facts(DeclaresVariables(document)));

    public static bool IsKept(GraphQLDocument document) => Kept.TryGetValue(document, out _);

    /// <summary>
    /// Whether a kept document declares no variables: then the rules that read the document only
    /// (<see cref="IDocumentOnlyValidationRule"/>) gave their verdict for good when it was kept.
    /// </summary>
    public static bool PassedDocumentOnlyRules(GraphQLDocument document) => Kept.TryGetValue(document, out var facts) && !facts.DeclaresVariables;

    private static bool DeclaresVariables(GraphQLDocument document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition { Variables.Count: > 0 })
                return true;
        }

        return false;
    }

    private sealed record Facts(bool DeclaresVariables);
}
