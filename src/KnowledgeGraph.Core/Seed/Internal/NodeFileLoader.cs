using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Seed.Internal;

/// <summary>Loads one <c>nodes/&lt;Label&gt;.csv</c> file: header, ids (pattern, uniqueness) and typed properties.</summary>
internal sealed class NodeFileLoader(GraphSchema schema, NodeIndex index, RowValues values, SeedErrorList errors)
{
    public const string IdColumn = "id:ID";

    public async Task LoadAsync(SeedFile file, List<NodeRecord> nodes, CancellationToken cancellationToken)
    {
        var label = schema.Label(file.Name);
        BoundColumn[]? columns = null;
        var headerLength = 0;
        await foreach (var record in CsvRecordReader.ReadAsync(file, poolStrings: true, errors, cancellationToken))
        {
            var at = new RowLocation(errors, file.DisplayPath, record.Line);
            if (columns is null)
            {
                headerLength = record.Fields.Length;
                columns = HeaderBinder.Bind(record.Fields, [IdColumn], label.Properties, label.Name, at.Report);
                continue;
            }

            if (errors.IsFull)
            {
                return;
            }

            if (RowValues.HasHeaderLength(record, headerLength, at) && ReadNode(label, record, columns, at) is { } node)
            {
                nodes.Add(node);
            }
        }

        if (columns is null)
        {
            errors.Add(file.DisplayPath, 1, $"empty file: the first line must be the header, starting with '{IdColumn}'");
        }
    }

    private NodeRecord? ReadNode(LabelDef label, CsvRecord record, BoundColumn[] columns, RowLocation at)
    {
        var id = record.Fields[0];
        var valid = true;
        if (id.Length == 0)
        {
            at.Report($"column '{IdColumn}': a value is required");
            valid = false;
        }
        else if (!label.IsValidId(id))
        {
            at.Report($"column '{IdColumn}': '{id}' is not a valid {label.Name} id ({RowValues.Describe(label)})");
            valid = false;
        }
        else if (index.TryAdd(label, id, at.File, at.Line) is { } first)
        {
            at.Report($"column '{IdColumn}': duplicate id '{id}', already defined at {first.File}:{first.Line}");
            valid = false;
        }

        var properties = new Dictionary<string, object>(columns.Length + 1, StringComparer.Ordinal)
        {
            [GraphSchema.IdProperty] = id,
        };
        valid &= values.Read(record, columns, properties, at);
        return valid ? new NodeRecord(label, id, properties) : null;
    }
}
