using System.IO.Compression;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Api.Imports;

/// <summary>
/// Checks the entries of an uploaded .zip and unpacks the seed files into a folder, or refuses the whole archive
/// with every problem found. An entry is a seed file (<c>[set/]nodes/&lt;Label&gt;.csv</c>,
/// <c>[set/]relationships/&lt;TYPE&gt;.csv</c>, under one optional common folder), a folder, or ignored (dot files,
/// <c>__MACOSX/</c>, READMEs); anything else is refused: a path that could leave the folder (<c>..</c>, absolute,
/// drive letter, backslash) or a link, a file that is not CSV, an unknown name, a file twice. The sizes the archive
/// declares are checked first, then the bytes really unpacked (a forged header does not pass): too many in total, or
/// a file unpacking to more than <see cref="ImportOptions.MaxCompressionRatio"/> times its packed size, is a bomb.
/// </summary>
internal sealed class ImportArchive(GraphSchema schema, ImportOptions options)
{
    private const string NodesFolder = "nodes";
    private const string RelationshipsFolder = "relationships";
    private const string UnnamedSet = "seed";

    // Small files may compress well without harm; the ratio rule applies from this size on.
    private const long RatioFloorBytes = 1024 * 1024;

    public async Task<ExtractedSeed> ExtractAsync(string zipPath, string root, CancellationToken cancellationToken)
    {
        ZipArchive archive;
        try
        {
            archive = await ZipArchive.CreateAsync(
                new FileStream(zipPath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous), ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding: null, cancellationToken);
        }
        catch (InvalidDataException)
        {
            throw new ImportRefusedException(StatusCodes.Status400BadRequest, ImportErrorCodes.NotZip,
                "The body is not a .zip archive: send the seed folder zipped (Content-Type: application/zip).");
        }

        await using (archive)
        {
            var (entries, prefix, unnamed) = Select(archive);
            var seed = Place(entries, root, prefix, unnamed);
            long total = 0;
            foreach (var (entry, relative) in entries)
            {
                total += await UnpackAsync(entry, Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar)), root, total, cancellationToken);
            }

            return seed with { Bytes = total };
        }
    }

    // Every file entry that is a seed file, with the path it gets under the root; or every problem at once.
    private (List<(ZipArchiveEntry Entry, string Relative)> Entries, string Prefix, bool Unnamed) Select(ZipArchive archive)
    {
        if (archive.Entries.Count > options.MaxEntries)
        {
            throw new ImportRefusedException(StatusCodes.Status400BadRequest, ImportErrorCodes.Bomb,
                $"The archive holds {archive.Entries.Count} entries; at most {options.MaxEntries} are accepted.");
        }

        var problems = new List<ImportProblem>();
        var files = new List<(ZipArchiveEntry Entry, string[] Segments)>();
        long declared = 0;
        foreach (var entry in archive.Entries)
        {
            var name = entry.FullName;
            if (!IsSafe(name) || IsLink(entry))
            {
                problems.Add(new ImportProblem(ImportErrorCodes.UnsafePath,
                    $"'{name}': an entry must be a plain file with a relative path inside the archive (no '..', no leading '/', no drive, no '\\', no link).", name));
                continue;
            }

            var segments = name.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (name.EndsWith('/') || IsIgnorable(segments))
            {
                continue;
            }

            if (!segments[^1].EndsWith(".csv", StringComparison.Ordinal))
            {
                problems.Add(new ImportProblem(ImportErrorCodes.NotCsv, $"'{name}' is not a CSV file: a seed set holds only .csv files.", name));
                continue;
            }

            declared += entry.Length;
            if (IsBomb(entry.Length, entry.CompressedLength) || declared > options.MaxExtractedBytes)
            {
                throw Bomb(name);
            }

            files.Add((entry, segments));
        }

        if (problems.Count == 0 && files.Count == 0)
        {
            throw new ImportRefusedException(StatusCodes.Status400BadRequest, ImportErrorCodes.Empty,
                "The archive holds no CSV file: zip a seed folder (nodes/<Label>.csv, relationships/<TYPE>.csv).");
        }

        var prefix = CommonFolder(files.Select(f => f.Segments).ToList());
        var selected = new List<(ZipArchiveEntry, string)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (entry, segments) in files)
        {
            var rest = segments[prefix.Count..];
            if (Check(rest, entry.FullName) is { } problem)
            {
                problems.Add(problem);
            }
            else if (!seen.Add(string.Join('/', rest)))
            {
                problems.Add(new ImportProblem(ImportErrorCodes.UnknownFile, $"'{entry.FullName}' is in the archive twice (names are compared regardless of case).", entry.FullName));
            }
            else
            {
                selected.Add((entry, string.Join('/', rest.Length == 2 ? [UnnamedSet, .. rest] : rest)));
            }
        }

        var unnamed = files.Any(f => f.Segments.Length - prefix.Count == 2);
        var named = files.Any(f => f.Segments.Length - prefix.Count == 3);
        if (unnamed && named && problems.Count == 0)
        {
            problems.Add(new ImportProblem(ImportErrorCodes.UnknownFile,
                "The archive mixes one seed set (nodes/, relationships/ at its top) with named sets (<set>/nodes/…): use one layout."));
        }

        if (problems.Count > 0)
        {
            throw new ImportRefusedException(StatusCodes.Status400BadRequest, problems);
        }

        return (selected, prefix.Count == 0 ? string.Empty : string.Join('/', prefix) + "/", unnamed);
    }

    private static ExtractedSeed Place(List<(ZipArchiveEntry Entry, string Relative)> entries, string root, string prefix, bool unnamed)
    {
        var sets = entries.Select(e => e.Relative.Split('/')[0]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(set => Path.Combine(root, set)).ToList();
        foreach (var set in sets)
        {
            Directory.CreateDirectory(Path.Combine(set, NodesFolder));
            Directory.CreateDirectory(Path.Combine(set, RelationshipsFolder));
        }

        return new ExtractedSeed(root, sets, entries.Count, 0, prefix, unnamed ? UnnamedSet : null);
    }

    // [set/](nodes|relationships)/Name.csv with a known label or type; null when it is one.
    private ImportProblem? Check(string[] rest, string name)
    {
        if (rest.Length is < 2 or > 3 || rest[^2] is not (NodesFolder or RelationshipsFolder)
            || (rest.Length == 3 && rest[0] is NodesFolder or RelationshipsFolder))
        {
            return new ImportProblem(ImportErrorCodes.UnknownFile,
                $"'{name}' is not a seed file: expected {NodesFolder}/<Label>.csv or {RelationshipsFolder}/<TYPE>.csv (optionally under a set folder).", name);
        }

        var stem = rest[^1][..^".csv".Length];
        var nodes = rest[^2] == NodesFolder;
        var known = nodes ? schema.Labels.Select(l => l.Name).ToList() : schema.RelationshipTypes.ToList();
        if (known.Contains(stem, StringComparer.Ordinal))
        {
            return null;
        }

        var suggestions = Suggestions.Closest(stem, known);
        return new ImportProblem(ImportErrorCodes.UnknownFile,
            $"'{name}': '{stem}' is not a {(nodes ? "label" : "relationship type")} (expected one of {string.Join(", ", known)}).{Suggestions.DidYouMean(suggestions)}",
            name, Suggestions: suggestions.Select(s => s + ".csv").ToList());
    }

    // Copies one entry, counting what it really unpacks to.
    private async Task<long> UnpackAsync(ZipArchiveEntry entry, string path, string root, long totalBefore, CancellationToken cancellationToken)
    {
        if (!Path.GetFullPath(path).StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ImportRefusedException(StatusCodes.Status400BadRequest, ImportErrorCodes.UnsafePath, $"'{entry.FullName}' leaves the archive's folder.");
        }

        var buffer = new byte[81920];
        long written = 0;
        await using var source = await entry.OpenAsync(cancellationToken);
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                written += read;
                if (IsBomb(written, entry.CompressedLength) || totalBefore + written > options.MaxExtractedBytes)
                {
                    throw Bomb(entry.FullName);
                }

                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        catch (InvalidDataException)
        {
            throw new ImportRefusedException(StatusCodes.Status400BadRequest, ImportErrorCodes.NotZip, $"'{entry.FullName}' cannot be unpacked: the archive is damaged.");
        }

        return written;
    }

    private bool IsBomb(long unpacked, long packed) =>
        unpacked > RatioFloorBytes && unpacked > Math.Max(packed, 1) * options.MaxCompressionRatio;

    private ImportRefusedException Bomb(string name) => new(StatusCodes.Status400BadRequest, ImportErrorCodes.Bomb,
        $"'{name}' unpacks to too much (more than {options.MaxCompressionRatio} times its packed size, or {options.MaxExtractedBytes} bytes for the whole archive): refused as a decompression bomb.");

    private static bool IsSafe(string name)
    {
        if (name.Length == 0 || name.StartsWith('/') || name.Contains('\\') || name.Contains(':') || name.Any(char.IsControl))
        {
            return false;
        }

        var segments = name.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            // "a//b" has an empty segment; only a folder's trailing '/' may leave one.
            if (segments[i] is "." or ".." || (segments[i].Length == 0 && i < segments.Length - 1))
            {
                return false;
            }
        }

        return true;
    }

    // Unix mode bits in the high word of the external attributes (zip made on Unix): a symbolic link.
    private static bool IsLink(ZipArchiveEntry entry) => ((entry.ExternalAttributes >> 16) & 0xF000) == 0xA000;

    private static bool IsIgnorable(string[] segments) =>
        segments.Any(s => s.StartsWith('.')) || segments[0] == "__MACOSX" || segments[^1].StartsWith("README", StringComparison.OrdinalIgnoreCase);

    // The folders every file shares (a zipped folder's own name; graph-seed/ around one set), kept out of the set names.
    private static List<string> CommonFolder(List<string[]> files)
    {
        var prefix = new List<string>();
        while (files.Count > 0 && files.All(f => f.Length > prefix.Count + 2)
               && files.Select(f => f[prefix.Count]).Distinct(StringComparer.Ordinal).Count() == 1
               && files[0][prefix.Count] is not (NodesFolder or RelationshipsFolder))
        {
            prefix.Add(files[0][prefix.Count]);
        }

        return prefix;
    }
}
