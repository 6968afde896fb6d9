using System.Globalization;
using CsvHelper;

namespace KnowledgeGraph.Api.Tables;

/// <summary>
/// Writes an <see cref="AnswerTable"/> as CSV with CsvHelper: UTF-8 with a byte order mark (so that spreadsheets read
/// accents), a header row of the column names, CRLF line ends, quotes where a cell needs them. CsvHelper's injection
/// guard is on: a text cell that starts with <c>= + - @</c>, a tab or a carriage return gets a leading apostrophe, so
/// that no spreadsheet runs it as a formula; numbers are written as numbers and not touched (<c>-3.5</c> stays a
/// number). A table without columns is an empty file (the byte order mark only).
/// </summary>
public static class CsvAnswerWriter
{
    public static byte[] Write(AnswerTable table, CsvSeparator separator)
    {
        using var buffer = new MemoryStream();
        var options = new CsvWriterOptions
        {
            Separator = separator == CsvSeparator.Semicolon ? ';' : ',',
            NewLine = "\r\n",
            WriteByteOrderMark = true,
            Injection = CsvInjection.Escape,
        };
        using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            if (table.Columns.Count > 0)
            {
                foreach (var column in table.Columns)
                    csv.WriteField(column);
                csv.EndRecord();
            }
            foreach (var row in table.Rows)
            {
                if (table.Columns.Count == 0)
                    break;
                foreach (var column in table.Columns)
                {
                    var cell = row.TryGetValue(column, out var found) ? found : TableCell.Empty;
                    // A number is written as a number: no formula guard for it.
                    if (cell.IsNumber && decimal.TryParse(cell.Text, NumberStyles.Float, Numbers(separator), out var number))
                        csv.WriteField(number, default, Numbers(separator));
                    else
                        csv.WriteField(cell.Text);
                }
                csv.EndRecord();
            }
        }
        return buffer.ToArray();
    }

    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "" };

    /// <summary>How numbers are read from the table's text and written: a decimal point, or a comma with semicolons.</summary>
    private static NumberFormatInfo Numbers(CsvSeparator separator) =>
        separator == CsvSeparator.Semicolon ? DecimalComma : NumberFormatInfo.InvariantInfo;
}
