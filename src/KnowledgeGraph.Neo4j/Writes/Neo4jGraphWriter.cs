using System.Net.Sockets;
using KnowledgeGraph.Bolt;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Writes;
using KnowledgeGraph.Neo4j.Mapping;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Neo4j.Writes;

/// <summary>
/// Writes to Neo4j, each change set in ONE explicit Bolt transaction: bump the data version (a write lock on one
/// meta node, so writers run one at a time and validation sees a stable graph), fetch the nodes the set names with
/// their relationships, validate with <see cref="ChangeSetValidator"/>, apply the delta (shadows included), append
/// the audit entry, commit. A refused set or any failure rolls everything back.
/// </summary>
public sealed class Neo4jGraphWriter(BoltDriver driver, string? database, GraphSchema schema, ILogger<Neo4jGraphWriter>? logger = null) : IGraphWriter
{
    public const string MetaLabel = "KnowledgeGraphMeta";

    internal const string BumpVersion =
        $"MERGE (v:{MetaLabel} {{key: 'dataVersion'}}) ON CREATE SET v.value = 0 SET v.value = v.value + 1 RETURN v.value AS version";

    private readonly ChangeSetValidator _validator = new(schema);
    private readonly NamedSubgraphReader _reader = new(schema);
    private readonly ILogger _logger = logger ?? NullLogger<Neo4jGraphWriter>.Instance;

    /// <summary>
    /// Applies the set; when a cluster member refuses it because it is no longer the leader (nothing was written), the
    /// routing driver has forgotten that writer and the set is applied again on the new one, within the driver's retry time.
    /// </summary>
    public async Task<WriteResult> ApplyAsync(ChangeSet changeSet, WriteContext context, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ApplyOnceAsync(changeSet, context, cancellationToken).ConfigureAwait(false);
            }
            catch (SessionExpiredException e) when (System.Diagnostics.Stopwatch.GetElapsedTime(started) < driver.Options.MaxTransactionRetryTime)
            {
                _logger.LogWarning("Write attempt {Attempt} refused by a cluster member ({Code}); retrying on the new leader", attempt, e.Code);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(1000, 50 * attempt)), cancellationToken).ConfigureAwait(false);
            }
            catch (SessionExpiredException e)
            {
                throw new StoreException("DATABASE_UNAVAILABLE", $"No cluster member took the write: {e.Message}", e);
            }
        }
    }

    private async Task<WriteResult> ApplyOnceAsync(ChangeSet changeSet, WriteContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changeSet);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await using var session = driver.Session(new SessionOptions { Database = database, Bookmarks = BookmarkScope.Current?.Bookmarks ?? [] });
            await using var transaction = await session.BeginTransactionAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            var version = Values.Long((await (await transaction.RunAsync(BumpVersion, null, cancellationToken).ConfigureAwait(false))
                .ToListAsync(cancellationToken).ConfigureAwait(false))[0]["version"]);
            var current = await _reader.ReadAsync(transaction, ChangeSetIds.Of(changeSet), cancellationToken).ConfigureAwait(false);
            var delta = _validator.Validate(changeSet, new GraphDataLookup(current)); // throws: disposing rolls back
            if (delta.IsEmpty)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return delta.ToResult(version - 1);
            }

            foreach (var statement in DeltaStatements.For(delta))
            {
                await (await transaction.RunAsync(statement.Text, statement.Parameters, cancellationToken).ConfigureAwait(false))
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
            }

            var result = delta.ToResult(version);
            await Neo4jAudit.AppendAsync(transaction, context, result, changeSet.Operations.Count, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            BookmarkScope.Current?.Record(session.LastBookmarks);
            _logger.LogInformation("Committed a change set of {Operations} operation(s) by {Who} as data version {Version}",
                changeSet.Operations.Count, context.Who, version);
            return result;
        }
        catch (Exception e) when (e is ServiceUnavailableException or ConnectionAcquisitionTimeoutException or AuthenticationException
                                      or TransientException or SocketException or IOException or TimeoutException)
        {
            throw new StoreException("DATABASE_UNAVAILABLE", $"The write could not be committed to Neo4j: {e.Message}", e);
        }
        catch (ClientException e) when (e.Code?.Contains("ConstraintValidationFailed", StringComparison.Ordinal) == true)
        {
            throw new StoreException("WRITE_CONFLICT", "The write conflicts with data written at the same time; nothing was written.", e);
        }
    }
}
