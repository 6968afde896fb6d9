using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Benchmarks.Writes;

/// <summary>The floor of a durable write on this disk: a one-row SQLite commit in WAL mode with synchronous=FULL.</summary>
internal static class FsyncBaseline
{
    public static Stats Measure(string path, int commits)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE t (v TEXT);";
            setup.ExecuteNonQuery();
        }

        var samples = new List<double>(commits);
        for (var i = 0; i < commits; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO t (v) VALUES ('a row of about the size of a small node, with a name and a description')";
            insert.ExecuteNonQuery();
            transaction.Commit();
            samples.Add(Stats.Ms(Stopwatch.GetTimestamp() - start));
        }

        return Stats.Of(samples);
    }
}
