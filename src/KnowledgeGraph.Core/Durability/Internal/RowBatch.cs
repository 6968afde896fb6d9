using SQLitePCL;

namespace KnowledgeGraph.Core.Durability.Internal;

/// <summary>
/// Rows of one query copied out of SQLite as raw UTF-8 cells, so that decoding them can run on another thread while
/// the next rows are read. One buffer and one offset array per batch: no allocation per row.
/// </summary>
internal sealed class RowBatch
{
    private readonly int _columns;
    private byte[] _bytes;
    private int[] _ends;
    private int _used;

    public RowBatch(int columns, int rowCapacity)
    {
        _columns = columns;
        _bytes = new byte[rowCapacity * 64];
        _ends = new int[rowCapacity * columns];
    }

    public int Count { get; private set; }

    public bool IsFull => (Count + 1) * _columns > _ends.Length;

    /// <summary>Copies the current row of a stepped statement (every column read as text).</summary>
    public void Add(sqlite3_stmt statement)
    {
        var cell = Count * _columns;
        for (var column = 0; column < _columns; column++, cell++)
        {
            var value = raw.sqlite3_column_blob(statement, column);
            if (_used + value.Length > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + value.Length));
            }

            value.CopyTo(_bytes.AsSpan(_used));
            _used += value.Length;
            _ends[cell] = _used;
        }

        Count++;
    }

    public ReadOnlySpan<byte> Cell(int row, int column)
    {
        var cell = row * _columns + column;
        var start = cell == 0 ? 0 : _ends[cell - 1];
        return _bytes.AsSpan(start, _ends[cell] - start);
    }
}
