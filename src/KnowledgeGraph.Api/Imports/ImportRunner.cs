using System.Security.Claims;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Bolt;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.Imports;

/// <summary>
/// Validates an unpacked seed set as a whole and writes it as one change set, the way <c>importGraph</c> does: the
/// seed loader checks every file (format, ids, relationship ends inside the import), then the store's writer checks
/// the graph against the stored one (an id already taken is <c>DUPLICATE_ID</c>) and commits it atomically, through
/// the same decorators as every mutation (data version, subscription events, audit). Any problem refuses all of it.
/// </summary>
internal sealed class ImportRunner(GraphSchema schema, GraphStoreHolder holder, TimeProvider clock)
{
    // The cap of the change-set validator, which stops there: a list this long may have been cut. (The seed loader
    // counts every problem past its own cap of 100.)
    private const int WriteErrorCap = 200;

    public async Task<ImportResult> RunAsync(
        ExtractedSeed seed, long uploadedBytes, ClaimsPrincipal user, ImportEvents? events, CancellationToken cancellationToken)
    {
        events?.Publish("received", new { bytes = uploadedBytes, files = seed.Files, unpackedBytes = seed.Bytes });
        var locator = new ImportLocator(seed);
        var filesValidated = 0;
        long recordsValidated = 0;
        GraphData data;
        try
        {
            data = await new SeedLoader(schema) { CountAllProblems = true, EndsMayBeStored = true }.LoadAsync(seed.SetDirectories, loaded =>
            {
                locator.Add(loaded);
                filesValidated++;
                recordsValidated += loaded.Records;
                events?.Publish("validated", new
                {
                    file = seed.ClientName(loaded.File),
                    records = loaded.Records,
                    filesValidated,
                    files = seed.Files,
                    recordsValidated,
                    problems = loaded.ProblemsSoFar,
                });
            }, cancellationToken);
        }
        catch (SeedValidationException invalid)
        {
            var problems = invalid.Errors.Select(e =>
            {
                var file = seed.ClientName(e.File);
                return new ImportProblem(ImportErrorCodes.InvalidSeed, (e with { File = file }).ToString(), file, e.Line);
            }).ToList();
            throw new ImportRefusedException(StatusCodes.Status400BadRequest, problems, omitted: invalid.Total - problems.Count);
        }

        events?.Publish("checking", new { nodes = data.Nodes.Count, relationships = data.Relationships.Count });
        var writer = holder.Writer ?? throw ReadOnly();
        using var bookmarks = BookmarkScope.Begin();
        try
        {
            var result = await writer.ApplyAsync(ChangeSet.Of(new ImportGraph(data)),
                new WriteContext(WriterIdentity.Of(user), clock.GetUtcNow()), cancellationToken);
            return new ImportResult(result.DataVersion, result.NodesCreated.Count, result.NodesUpdated.Count, result.RelationshipsCreated.Count,
                seed.Files, uploadedBytes, recordsValidated, bookmarks.LastCommitted);
        }
        catch (WriteValidationException refused)
        {
            var problems = await locator.LocateAsync(refused.Errors, cancellationToken);
            throw new ImportRefusedException(StatusCodes.Status400BadRequest, problems, refused.Errors.Count >= WriteErrorCap);
        }
    }

    public static ImportRefusedException ReadOnly() => new(StatusCodes.Status409Conflict, ImportErrorCodes.ReadOnly,
        "This store accepts no writes (KnowledgeGraph:Durable is false).");
}
