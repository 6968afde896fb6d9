using System.Buffers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Graph;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Core.Durability.Internal;

/// <summary>
/// Inserts node and relationship rows with one prepared statement per table, binding UTF-8 straight from reusable
/// buffers (no string or parameter object per row). Runs inside the caller's open transaction on the connection.
/// </summary>
internal sealed class RowInserter : IDisposable
{
    private const int CancellationCheckRows = 4096;

    private readonly SqliteConnection _connection;
    private readonly ArrayBufferWriter<byte> _json = new(4096);
    private readonly Utf8JsonWriter _writer;
    private byte[] _text = new byte[256];

    public RowInserter(SqliteConnection connection)
    {
        _connection = connection;
        _writer = new Utf8JsonWriter(_json);
    }

    public void InsertNodes(IEnumerable<NodeRecord> nodes, CancellationToken cancellationToken)
    {
        using var statement = Prepare("INSERT INTO nodes (id, label, properties) VALUES (?1, ?2, ?3)");
        var rows = 0;
        foreach (var node in nodes)
        {
            CheckCancellation(ref rows, cancellationToken);
            BindText(statement, 1, node.Id);
            BindText(statement, 2, node.Label.Name);
            BindJson(statement, 3, node.Properties);
            Step(statement);
        }
    }

    public void InsertRelationships(IEnumerable<RelationshipRecord> relationships, CancellationToken cancellationToken)
    {
        using var statement = Prepare("INSERT INTO relationships (type, start_id, end_id, properties, key) VALUES (?1, ?2, ?3, ?4, ?5)");
        var rows = 0;
        foreach (var relationship in relationships)
        {
            CheckCancellation(ref rows, cancellationToken);
            BindText(statement, 1, relationship.Definition.Type);
            BindText(statement, 2, relationship.StartId);
            BindText(statement, 3, relationship.EndId);
            BindJson(statement, 4, relationship.Properties);
            BindText(statement, 5, relationship.Definition.IdentifyingProperties.Count == 0 ? string.Empty : RelationshipKeyText.Of(relationship));
            Step(statement);
        }
    }

    public void Dispose() => _writer.Dispose();

    private static void CheckCancellation(ref int rows, CancellationToken cancellationToken)
    {
        if (++rows % CancellationCheckRows == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private void BindText(sqlite3_stmt statement, int index, string value)
    {
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (length > _text.Length)
        {
            _text = new byte[Math.Max(length, _text.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(value, _text);
        Check(raw.sqlite3_bind_text(statement, index, _text.AsSpan(0, written)));
    }

    private void BindJson(sqlite3_stmt statement, int index, IReadOnlyDictionary<string, object> properties)
    {
        _json.ResetWrittenCount();
        _writer.Reset(_json);
        PropertyJson.Write(_writer, properties);
        Check(raw.sqlite3_bind_text(statement, index, _json.WrittenSpan));
    }

    private void Step(sqlite3_stmt statement)
    {
        var status = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (status != raw.SQLITE_DONE)
        {
            throw Error(status);
        }
    }

    private sqlite3_stmt Prepare(string sql)
    {
        var status = raw.sqlite3_prepare_v2(_connection.Handle, sql, out var statement);
        if (status != raw.SQLITE_OK)
        {
            statement.Dispose();
            throw Error(status);
        }

        return statement;
    }

    private void Check(int status)
    {
        if (status != raw.SQLITE_OK)
        {
            throw Error(status);
        }
    }

    private SqliteException Error(int status) =>
        new(raw.sqlite3_errmsg(_connection.Handle).utf8_to_string(), status, raw.sqlite3_extended_errcode(_connection.Handle));
}
