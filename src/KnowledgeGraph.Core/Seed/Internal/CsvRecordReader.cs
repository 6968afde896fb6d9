using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using CsvHelper;

namespace KnowledgeGraph.Core.Seed.Internal;

/// <summary>One CSV record: its fields and the 1-based physical line it starts on.</summary>
internal readonly record struct CsvRecord(int Line, string[] Fields);

/// <summary>
/// Reads a seed CSV file record by record with CsvHelper's low-level reader (RFC 4180, no mapping), keeping the
/// physical line where each record starts even when quoted fields span several lines. Records with broken
/// quoting are reported and skipped. The file is parsed on another thread, a few batches ahead of the caller, so
/// parsing and validating overlap; problems still reach <see cref="SeedErrorList"/> in file order, on the caller's
/// side.
/// </summary>
internal static class CsvRecordReader
{
    private const int BatchRecords = 1024;

    /// <param name="poolStrings">
    /// Whether CsvHelper keeps one string per distinct short value (on the parsing thread): worth it for node
    /// properties, which repeat; not for relationship ends, which resolve to the node's own id string anyway.
    /// </param>
    public static async IAsyncEnumerable<CsvRecord> ReadAsync(
        SeedFile file,
        bool poolStrings,
        SeedErrorList errors,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<List<Parsed>>(new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => ParseAsync(file, poolStrings, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var parsed in batch)
                {
                    if (parsed.Problem is { } problem)
                    {
                        errors.Add(file.DisplayPath, parsed.Record.Line, problem);
                    }
                    else
                    {
                        yield return parsed.Record;
                    }
                }
            }
        }
        finally
        {
            // The caller may stop early (too many errors): stop the parser too. It never throws (failures go through
            // the channel).
            await stop.CancelAsync();
            await producer;
        }
    }

    private static async Task ParseAsync(SeedFile file, bool poolStrings, ChannelWriter<List<Parsed>> writer, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<Parsed>(BatchRecords);
            var options = Options(poolStrings, malformed => batch.Add(new Parsed(new CsvRecord((int)malformed.LineNumber, []),
                $"malformed CSV ({Describe(malformed.Reason)}): a field with a quote, a comma or a line break must be quoted whole, with \"\" for a quote inside")));
            await using var reader = CsvReader.FromFile(file.FullPath, options);
            while (true)
            {
                try
                {
                    if (!await reader.ReadAsync(cancellationToken))
                    {
                        break;
                    }
                }
                catch (CsvFormatException e)
                {
                    batch.Add(new Parsed(new CsvRecord((int)e.LineNumber, []), $"unreadable CSV: {e.Message}"));
                    break;
                }

                var fields = new string[reader.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = reader.GetString(i);
                }

                batch.Add(new Parsed(new CsvRecord((int)reader.LineNumber, fields), null));
                if (batch.Count >= BatchRecords)
                {
                    await writer.WriteAsync(batch, cancellationToken);
                    batch = new List<Parsed>(BatchRecords);
                }
            }

            await writer.WriteAsync(batch, cancellationToken);
            writer.TryComplete();
        }
        catch (Exception e)
        {
            writer.TryComplete(e);
        }
    }

    private static CsvReaderOptions Options(bool poolStrings, Action<CsvMalformedRecord> onMalformed) => new()
    {
        Separator = ',',
        HasHeader = false,
        TrackLineNumbers = true,
        SkipEmptyLines = true,
        PoolStrings = poolStrings,
        FormatProvider = CultureInfo.InvariantCulture,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MalformedData = CsvMalformedDataHandling.Skip,
        OnMalformedRecord = onMalformed,
    };

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed",
        _ => reason.ToString(),
    };

    /// <summary>A record, or (with <see cref="Problem"/>) a problem found at its line.</summary>
    private readonly record struct Parsed(CsvRecord Record, string? Problem);
}
