using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.Imports;

/// <summary>
/// Names <c>file:line</c> for the problems found when the imported graph is checked against the stored one (an id
/// already taken…): the validator names the record by its place in the import (<c>nodes[1234].id</c>); the files'
/// ranges say which file holds it, and the file is read again to find the line its record starts on (a quoted field
/// may span lines). Only the files with problems are read again, once each.
/// </summary>
internal sealed partial class ImportLocator(ExtractedSeed seed)
{
    private readonly List<SeedFileLoaded> _files = [];

    public void Add(SeedFileLoaded file) => _files.Add(file);

    public async Task<List<ImportProblem>> LocateAsync(IReadOnlyList<WriteError> errors, CancellationToken cancellationToken)
    {
        var located = errors.Select(Place).ToList();
        var lines = new Dictionary<(string File, int Record), int>();
        foreach (var group in located.Where(l => l.File is not null).GroupBy(l => l.File!))
        {
            var wanted = group.Select(l => l.Record).ToHashSet();
            foreach (var (record, line) in await LinesAsync(seed.FullPath(group.Key.File), wanted, cancellationToken))
            {
                lines[(group.Key.File, record)] = line;
            }
        }

        return located.Select(l =>
        {
            if (l.File is null)
            {
                return new ImportProblem(l.Error.Code, $"{l.Error.Field}: {l.Error.Message}", Property: l.Error.Field);
            }

            var name = seed.ClientName(l.File.File);
            var line = lines.GetValueOrDefault((l.File.File, l.Record));
            var at = line > 0 ? $"{name}:{line}" : name;
            return new ImportProblem(l.Error.Code, $"{at}: {l.Property}: {l.Error.Message}", name, line, l.Property);
        }).ToList();
    }

    private (WriteError Error, SeedFileLoaded? File, int Record, string Property) Place(WriteError error)
    {
        var match = Field().Match(error.Field);
        if (!match.Success)
        {
            return (error, null, 0, error.Field);
        }

        var relationships = match.Groups[1].Value == "relationships";
        var index = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var file = _files.FirstOrDefault(f => f.Relationships == relationships && index >= f.FirstIndex && index < f.FirstIndex + f.Records);
        // Record 0 is the header: the index-th record of the file is record index - first + 1.
        return (error, file, file is null ? 0 : index - file.FirstIndex + 1, match.Groups[3].Value);
    }

    private static async Task<Dictionary<int, int>> LinesAsync(string path, HashSet<int> records, CancellationToken cancellationToken)
    {
        var lines = new Dictionary<int, int>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            FormatProvider = CultureInfo.InvariantCulture,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        };
        await using var reader = CsvReader.FromFile(path, options);
        var record = 0;
        var last = records.Max();
        while (record <= last && await reader.ReadAsync(cancellationToken))
        {
            if (records.Contains(record))
            {
                lines[record] = (int)reader.LineNumber;
            }

            record++;
        }

        return lines;
    }

    [GeneratedRegex(@"^(nodes|relationships)\[(\d+)\]\.?(.*)$")]
    private static partial Regex Field();
}
