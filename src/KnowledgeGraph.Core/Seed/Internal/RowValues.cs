using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Seed.Internal;

/// <summary>Reads the property columns of one record into a dictionary, reporting each bad value by column.</summary>
internal sealed class RowValues(ValueParser parser)
{
    /// <returns>False when at least one value was invalid (each one reported at <paramref name="at"/>).</returns>
    public bool Read(CsvRecord record, BoundColumn[] columns, Dictionary<string, object> into, RowLocation at)
    {
        var valid = true;
        foreach (var column in columns)
        {
            if (column.Property is not { } property)
            {
                continue;
            }

            var text = record.Fields[column.Index];
            if (text.Length == 0)
            {
                if (property.IsRequired)
                {
                    at.Report($"column '{column.Header}': a value is required");
                    valid = false;
                }

                continue;
            }

            var value = parser.Parse(property, text, out var problem);
            if (value is null)
            {
                at.Report($"column '{column.Header}': {problem}");
                valid = false;
                continue;
            }

            into[property.Name] = value;
        }

        return valid;
    }

    public static bool HasHeaderLength(CsvRecord record, int headerLength, RowLocation at)
    {
        if (record.Fields.Length == headerLength)
        {
            return true;
        }

        var what = record.Fields.Length > headerLength ? "extra fields" : "missing fields";
        at.Report($"{what}: expected {headerLength} fields as in the header, found {record.Fields.Length}");
        return false;
    }

    public static string Describe(LabelDef label) => $"{label.Name} ids look like '{label.IdExample}'";
}
