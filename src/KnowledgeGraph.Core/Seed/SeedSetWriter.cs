using System.Globalization;
using CsvHelper;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Seed.Internal;

namespace KnowledgeGraph.Core.Seed;

/// <summary>
/// Writes a graph as a seed set folder in the format <see cref="SeedLoader"/> reads: one file per label and per
/// relationship type, every declared property as a column, rows sorted by id (relationships by start then end),
/// UTF-8 without BOM, LF line endings, invariant culture. The same graph always gives the same bytes.
/// </summary>
public sealed class SeedSetWriter(GraphSchema schema)
{
    /// <summary>Replaces the CSV files of <paramref name="setDirectory"/> with those of <paramref name="data"/>.</summary>
    public async Task WriteAsync(GraphData data, string setDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var nodesFolder = Prepare(Path.Combine(setDirectory, SeedSetScanner.NodesFolder));
        var relationshipsFolder = Prepare(Path.Combine(setDirectory, SeedSetScanner.RelationshipsFolder));

        foreach (var group in data.Nodes.GroupBy(n => n.Label).OrderBy(g => g.Key.Name, StringComparer.Ordinal))
        {
            var properties = group.Key.Properties.Where(p => p.Name != GraphSchema.IdProperty).ToList();
            var header = new[] { NodeFileLoader.IdColumn }.Concat(properties.Select(ColumnType.Header)).ToArray();
            var rows = group.OrderBy(n => n.Id, StringComparer.Ordinal)
                .Select(n => new[] { n.Id }.Concat(properties.Select(p => Format(n.Properties.GetValueOrDefault(p.Name)))).ToArray());
            await WriteFileAsync(Path.Combine(nodesFolder, group.Key.Name + ".csv"), header, rows, cancellationToken);
        }

        foreach (var group in data.Relationships.GroupBy(r => r.Definition.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var properties = schema.Relationships.First(r => r.Type == group.Key).Properties;
            var header = new[] { RelationshipFileLoader.StartColumn, RelationshipFileLoader.EndColumn }
                .Concat(properties.Select(ColumnType.Header)).ToArray();
            var rows = group.OrderBy(r => r.StartId, StringComparer.Ordinal).ThenBy(r => r.EndId, StringComparer.Ordinal)
                .Select(r => new[] { r.StartId, r.EndId }.Concat(properties.Select(p => Format(r.Properties.GetValueOrDefault(p.Name)))).ToArray());
            await WriteFileAsync(Path.Combine(relationshipsFolder, group.Key + ".csv"), header, rows, cancellationToken);
        }
    }

    private static string Prepare(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var stale in Directory.EnumerateFiles(folder, "*.csv"))
        {
            File.Delete(stale);
        }

        return folder;
    }

    private static async Task WriteFileAsync(string path, string[] header, IEnumerable<string[]> rows, CancellationToken cancellationToken)
    {
        var options = new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture };
        await using var writer = CsvWriter.ToFile(path, options);
        await writer.WriteRecordAsync(header, cancellationToken);
        foreach (var row in rows)
        {
            await writer.WriteRecordAsync(row, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IEnumerable<string> list => string.Join(ValueParser.ListSeparator, list),
        _ => throw new ArgumentException($"A seed value cannot be a {value.GetType().Name}.", nameof(value)),
    };
}
