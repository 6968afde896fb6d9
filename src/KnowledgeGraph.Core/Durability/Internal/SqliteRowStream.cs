using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Core.Durability.Internal;

/// <summary>
/// Steps through a query on the calling thread and decodes its rows in batches on the thread pool, so reading and
/// decoding overlap (and decoding uses every core). Results come back in row order.
/// </summary>
internal static class SqliteRowStream
{
    private const int BatchRows = 8192;

    public static async Task<List<T>> ReadAsync<T>(
        SqliteConnection connection, string sql, int columns, Func<RowBatch, T[]> decode, CancellationToken cancellationToken)
    {
        var maxInFlight = Math.Max(2, Environment.ProcessorCount * 2);
        var pending = new List<Task<T[]>>();
        var results = new List<T>();
        var statement = Prepare(connection, sql);
        try
        {
            var batch = new RowBatch(columns, BatchRows);
            int status;
            while ((status = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                batch.Add(statement);
                if (batch.IsFull)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    pending.Add(Decode(batch, decode));
                    batch = new RowBatch(columns, BatchRows);
                    await DrainAsync(pending, results, maxInFlight);
                }
            }

            if (status != raw.SQLITE_DONE)
            {
                throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), status);
            }

            pending.Add(Decode(batch, decode));
            await DrainAsync(pending, results, 0);
            return results;
        }
        catch
        {
            // Let running decoders finish before the caller moves on (their failures are the same or later rows).
            await Task.WhenAll(pending).ContinueWith(_ => { }, TaskScheduler.Default);
            throw;
        }
        finally
        {
            statement.Dispose();
        }
    }

    private static Task<T[]> Decode<T>(RowBatch batch, Func<RowBatch, T[]> decode) => Task.Run(() => decode(batch));

    /// <summary>Takes finished batches in order until at most <paramref name="keep"/> are still pending.</summary>
    private static async Task DrainAsync<T>(List<Task<T[]>> pending, List<T> results, int keep)
    {
        var taken = 0;
        while (pending.Count - taken > keep || (taken < pending.Count && pending[taken].IsCompleted))
        {
            results.AddRange(await pending[taken]);
            taken++;
        }

        pending.RemoveRange(0, taken);
    }

    private static sqlite3_stmt Prepare(SqliteConnection connection, string sql)
    {
        var status = raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement);
        if (status != raw.SQLITE_OK)
        {
            statement.Dispose();
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), status);
        }

        return statement;
    }
}
