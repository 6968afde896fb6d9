using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Seed.Internal;

/// <summary>Loads one <c>relationships/&lt;TYPE&gt;.csv</c> file: header, ends (exist, allowed labels) and typed properties.</summary>
/// <param name="storedLabel">When ends may be stored nodes: the label an id outside the files would have (null: none).</param>
internal sealed class RelationshipFileLoader(
    NodeIndex index, RelationshipRules rules, RowValues values, SeedErrorList errors, Func<string, LabelDef?>? storedLabel = null)
{
    public const string StartColumn = ":START_ID";
    public const string EndColumn = ":END_ID";

    private static readonly IReadOnlyDictionary<string, object> NoProperties = new Dictionary<string, object>();

    public async Task LoadAsync(SeedFile file, List<RelationshipRecord> relationships, CancellationToken cancellationToken)
    {
        // Every definition of one type declares the same properties (CONTRIBUTES_TO and ABOUT have none).
        var properties = rules.DefinitionsOf(file.Name)[0].Properties;
        BoundColumn[]? columns = null;
        var headerLength = 0;
        await foreach (var record in CsvRecordReader.ReadAsync(file, poolStrings: false, errors, cancellationToken))
        {
            var at = new RowLocation(errors, file.DisplayPath, record.Line);
            if (columns is null)
            {
                headerLength = record.Fields.Length;
                columns = HeaderBinder.Bind(record.Fields, [StartColumn, EndColumn], properties, file.Name, at.Report);
                continue;
            }

            if (errors.IsFull)
            {
                return;
            }

            if (RowValues.HasHeaderLength(record, headerLength, at) && Read(file.Name, record, columns, at) is { } relationship)
            {
                relationships.Add(relationship);
            }
        }

        if (columns is null)
        {
            errors.Add(file.DisplayPath, 1, $"empty file: the first line must be the header '{StartColumn},{EndColumn}…'");
        }
    }

    private RelationshipRecord? Read(string type, CsvRecord record, BoundColumn[] columns, RowLocation at)
    {
        var start = End(record.Fields[0], StartColumn, at);
        var end = End(record.Fields[1], EndColumn, at);
        Dictionary<string, object>? properties = columns.Length == 0 ? null : new(columns.Length, StringComparer.Ordinal);
        var valid = properties is null || values.Read(record, columns, properties, at);
        if (start is null || end is null)
        {
            return null;
        }

        if (rules.Find(type, start.Label, end.Label) is not { } definition)
        {
            at.Report($"no {type} relationship from {start.Label.Name} '{start.Id}' to {end.Label.Name} '{end.Id}' " +
                $"(allowed: {rules.Allowed(type)})");
            return null;
        }

        valid &= rules.Accept(definition, start, end, properties, at);
        return valid
            ? new RelationshipRecord(definition, start.Id, end.Id, properties is { Count: > 0 } ? properties : NoProperties)
            : null;
    }

    private NodeEntry? End(string id, string column, RowLocation at)
    {
        if (id.Length == 0)
        {
            at.Report($"column '{column}': a value is required");
            return null;
        }

        var entry = index.Find(id);
        if (entry is null && storedLabel?.Invoke(id) is { } label)
        {
            return index.AddStored(label, id);
        }

        if (entry is null)
        {
            at.Report(storedLabel is null
                ? $"column '{column}': no node has id '{id}'"
                : $"column '{column}': no node has id '{id}' in these files, and it is no node id of any label");
        }

        return entry;
    }
}
