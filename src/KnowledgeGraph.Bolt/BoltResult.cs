using KnowledgeGraph.Bolt.Internal.Connector;
using KnowledgeGraph.Bolt.Internal.Messaging;

namespace KnowledgeGraph.Bolt;

/// <summary>
/// A streaming result: records are read from the connection as they are enumerated (pulling further batches on
/// Bolt 4+). Enumerate it once, or call <see cref="ToListAsync"/>, <see cref="SingleAsync"/> or <see cref="ConsumeAsync"/>.
/// </summary>
public sealed class BoltResult : IAsyncEnumerable<BoltRecord>
{
    private readonly BoltConnection _connection;
    private readonly bool _inTransaction;
    private readonly long _fetchSize;
    private readonly Func<BoltResult, Exception?, ValueTask> _onFinished;
    private readonly RecordKeys _keys;
    private Queue<BoltRecord>? _buffered;
    private bool _discarding;

    private BoltResult(BoltConnection connection, bool inTransaction, long fetchSize, RecordKeys keys, Func<BoltResult, Exception?, ValueTask> onFinished)
    {
        Address = connection.Address;
        _connection = connection;
        _inTransaction = inTransaction;
        _fetchSize = fetchSize;
        _keys = keys;
        _onFinished = onFinished;
    }

    public IReadOnlyList<string> Keys => _keys.Names;

    /// <summary>The server ("host:port") that ran the query.</summary>
    public string Address { get; }

    /// <summary>The database the server resolved for the query, when it said (RUN's SUCCESS from Bolt 5.8).</summary>
    public string? Database { get; private init; }

    /// <summary>Set once the stream has ended successfully.</summary>
    public ResultSummary? Summary { get; private set; }

    internal bool IsFinished { get; private set; }

    /// <summary>Flushes the queued RUN + PULL and reads RUN's answer; a failure here is thrown at once.</summary>
    internal static async Task<BoltResult> StartAsync(
        BoltConnection connection, bool inTransaction, long fetchSize, Func<BoltResult, Exception?, ValueTask> onFinished, CancellationToken cancellationToken)
    {
        try
        {
            await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            var run = await connection.ReadSuccessAsync(inTransaction, cancellationToken).ConfigureAwait(false);
            var fields = run.Metadata.GetValueOrDefault("fields") as IReadOnlyList<object?> ?? [];
            var keys = new RecordKeys(fields.Select(f => f as string ?? throw new ProtocolException("Bolt: result keys must be strings.")).ToArray());
            return new BoltResult(connection, inTransaction, fetchSize, keys, onFinished) { Database = run.GetString("db") };
        }
        catch (Exception e)
        {
            await onFinished(null!, e).ConfigureAwait(false);
            throw;
        }
    }

    public async IAsyncEnumerator<BoltRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        while (await NextAsync(cancellationToken).ConfigureAwait(false) is { } record) yield return record;
    }

    public async Task<IReadOnlyList<BoltRecord>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var records = new List<BoltRecord>();
        while (await NextAsync(cancellationToken).ConfigureAwait(false) is { } record) records.Add(record);
        return records;
    }

    /// <summary>The one record of the result; throws <see cref="ClientException"/> when there are none or several.</summary>
    public async Task<BoltRecord> SingleAsync(CancellationToken cancellationToken = default)
    {
        var records = await ToListAsync(cancellationToken).ConfigureAwait(false);
        return records.Count == 1 ? records[0] : throw new ClientException($"Expected exactly one record, the result has {records.Count}.");
    }

    /// <summary>Discards the records not read yet and returns the summary.</summary>
    public async Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        _buffered?.Clear();
        _discarding = true;
        while (await NextAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
        }
        return Summary!;
    }

    /// <summary>Reads what is left into memory so the connection can serve the next query.</summary>
    internal async Task BufferRemainingAsync(CancellationToken cancellationToken)
    {
        if (IsFinished) return;
        var pending = new Queue<BoltRecord>();
        while (await ReadFromConnectionAsync(cancellationToken).ConfigureAwait(false) is { } record) pending.Enqueue(record);
        _buffered = pending;
    }

    private ValueTask<BoltRecord?> NextAsync(CancellationToken cancellationToken) =>
        _buffered is { Count: > 0 } ? ValueTask.FromResult<BoltRecord?>(_buffered.Dequeue()) : ReadFromConnectionAsync(cancellationToken);

    private async ValueTask<BoltRecord?> ReadFromConnectionAsync(CancellationToken cancellationToken)
    {
        if (IsFinished) return null;
        try
        {
            while (true)
            {
                switch (await _connection.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    case RecordMessage record:
                        if (_discarding) continue;
                        return new BoltRecord(_keys, record.Fields);
                    case SuccessMessage { HasMore: true }:
                        _connection.Enqueue(_discarding ? _connection.Protocol.DiscardRest() : _connection.Protocol.PullMore(_fetchSize));
                        await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
                        continue;
                    case SuccessMessage success:
                        Summary = new ResultSummary(success.Metadata, _connection.ServerInfo);
                        await FinishAsync(null).ConfigureAwait(false);
                        return null;
                    case FailureMessage failure:
                        throw await _connection.RecoverAsync(failure, _inTransaction).ConfigureAwait(false);
                    case var other:
                        throw new ProtocolException($"Bolt: unexpected {other} while streaming records.");
                }
            }
        }
        catch (Exception e) when (!IsFinished)
        {
            if (e is ProtocolException) _connection.MarkBroken();
            await FinishAsync(e).ConfigureAwait(false);
            throw;
        }
    }

    private async ValueTask FinishAsync(Exception? error)
    {
        IsFinished = true;
        await _onFinished(this, error).ConfigureAwait(false);
    }
}
