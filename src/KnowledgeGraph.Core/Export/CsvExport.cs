using System.Globalization;
using CsvHelper;
using KnowledgeGraph.Core.Analytics;

namespace KnowledgeGraph.Core.Export;

/// <summary>Writes rows of fixed columns then property columns (in name order) with CsvHelper, UTF-8 without BOM, '\n' line ends.</summary>
internal static class CsvExport
{
    private const int FlushEvery = 1024;

    public static async Task WriteAsync<T>(
        Stream output,
        IReadOnlyList<T> rows,
        IReadOnlyList<(string Header, Func<T, string> Value)> fixedColumns,
        Func<T, IReadOnlyDictionary<string, object>> propertiesOf,
        CancellationToken cancellationToken)
    {
        var reserved = fixedColumns.Select(c => c.Header).ToHashSet(StringComparer.Ordinal);
        var columns = AttributeColumn.For(rows.Select(propertiesOf), reserved);
        var options = new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture, WriteByteOrderMark = false };
        await using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        await csv.WriteRecordAsync([.. fixedColumns.Select(c => c.Header), .. columns.Select(c => c.Name)], cancellationToken);
        var written = 0;
        foreach (var row in rows)
        {
            var properties = propertiesOf(row);
            string[] record =
            [
                .. fixedColumns.Select(c => c.Value(row)),
                .. columns.Select(c => properties.TryGetValue(c.Name, out var v) ? AttributeColumn.Format(v) : string.Empty),
            ];
            await csv.WriteRecordAsync(record, cancellationToken);
            if (++written % FlushEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await csv.FlushAsync(cancellationToken);
            }
        }

        await csv.FlushAsync(cancellationToken);
    }
}

/// <summary>CSV node list: <c>id,label,name</c> then one column per property (lists joined by '|', missing = empty).</summary>
public sealed class CsvNodesExporter : ISubGraphExporter
{
    public ExportFormat Format => ExportFormat.CsvNodes;

    public string ContentType => "text/csv";

    public string FileExtension => "csv";

    public Task WriteAsync(SubGraph graph, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return CsvExport.WriteAsync(output, graph.Nodes,
            [("id", n => n.Id), ("label", n => n.Label), ("name", n => n.Name)], n => n.Properties, cancellationToken);
    }
}

/// <summary>CSV edge list: <c>id,source,target,type</c> then one column per property.</summary>
public sealed class CsvEdgesExporter : ISubGraphExporter
{
    public ExportFormat Format => ExportFormat.CsvEdges;

    public string ContentType => "text/csv";

    public string FileExtension => "csv";

    public Task WriteAsync(SubGraph graph, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return CsvExport.WriteAsync(output, graph.Edges,
            [("id", e => e.Id), ("source", e => e.Source), ("target", e => e.Target), ("type", e => e.Type)], e => e.Properties, cancellationToken);
    }
}
