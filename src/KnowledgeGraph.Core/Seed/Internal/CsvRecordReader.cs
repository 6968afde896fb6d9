using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;

namespace KnowledgeGraph.Core.Seed.Internal;

/// <summary>One CSV record: its fields and the 1-based physical line it starts on.</summary>
internal readonly record struct CsvRecord(int Line, string[] Fields);

/// <summary>
/// Reads a seed CSV file record by record with CsvHelper's low-level reader (RFC 4180, no mapping), keeping the
/// physical line where each record starts even when quoted fields span several lines. Records with broken
/// quoting are reported and skipped.
/// </summary>
internal static class CsvRecordReader
{
    public static async IAsyncEnumerable<CsvRecord> ReadAsync(
        SeedFile file,
        SeedErrorList errors,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            PoolStrings = true,
            FormatProvider = CultureInfo.InvariantCulture,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = malformed => errors.Add(file.DisplayPath, (int)malformed.LineNumber,
                $"malformed CSV ({Describe(malformed.Reason)}): a field with a quote, a comma or a line break must be quoted whole, with \"\" for a quote inside"),
        };

        await using var reader = CsvReader.FromFile(file.FullPath, options);
        while (await ReadAsync(reader, file, errors, cancellationToken))
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }

            yield return new CsvRecord((int)reader.LineNumber, fields);
        }
    }

    private static async Task<bool> ReadAsync(CsvReader reader, SeedFile file, SeedErrorList errors, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(cancellationToken);
        }
        catch (CsvFormatException e)
        {
            errors.Add(file.DisplayPath, (int)e.LineNumber, $"unreadable CSV: {e.Message}");
            return false;
        }
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed",
        _ => reason.ToString(),
    };
}
