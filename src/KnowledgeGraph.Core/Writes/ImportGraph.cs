using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Seed;

namespace KnowledgeGraph.Core.Writes;

/// <summary>
/// Adds a whole graph (for administrators): every node is validated as a <see cref="CreateNode"/> and every
/// relationship as a <see cref="Link"/>, whose ends may be existing nodes or nodes of the import.
/// </summary>
public sealed record ImportGraph(GraphData Data) : WriteOperation
{
    /// <summary>
    /// Reads seed-set folders (the graph-seed CSV format) with <see cref="SeedLoader"/>. Seed problems become a
    /// <see cref="WriteValidationException"/> with code <see cref="WriteErrorCodes.InvalidSeed"/>, the field naming
    /// the file and line. The sets must be whole: their relationships may only link nodes of the sets.
    /// </summary>
    public static async Task<ImportGraph> FromSeedSetsAsync(
        GraphSchema schema, IReadOnlyList<string> setDirectories, int operationIndex, CancellationToken cancellationToken)
    {
        try
        {
            return new ImportGraph(await new SeedLoader(schema).LoadAsync(setDirectories, cancellationToken));
        }
        catch (SeedValidationException e)
        {
            throw new WriteValidationException(e.Errors
                .Select(error => new WriteError(operationIndex, error.Line > 0 ? $"{error.File}:{error.Line}" : error.File,
                    WriteErrorCodes.InvalidSeed, error.Message))
                .ToList());
        }
    }
}
