using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Seed.Internal;

/// <summary>Finds the node and relationship files of seed sets and reports anything that is not one.</summary>
internal sealed class SeedSetScanner(GraphSchema schema, SeedErrorList errors)
{
    public const string NodesFolder = "nodes";
    public const string RelationshipsFolder = "relationships";

    private readonly HashSet<string> _relationshipTypes = schema.RelationshipTypes.ToHashSet(StringComparer.Ordinal);

    public List<SeedFile> NodeFiles { get; } = [];

    public List<SeedFile> RelationshipFiles { get; } = [];

    public void Scan(string setDirectory)
    {
        var full = Path.GetFullPath(setDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var root = Path.GetDirectoryName(full) ?? full;
        if (!Directory.Exists(full))
        {
            errors.Add(Display(root, full), 0, "the seed set folder does not exist");
            return;
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(full).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            if (name is NodesFolder or RelationshipsFolder && Directory.Exists(entry))
            {
                ScanFolder(root, entry, name == NodesFolder);
            }
            else if (!IsIgnorable(name))
            {
                errors.Add(Display(root, entry), 0, $"unknown entry: a seed set holds only '{NodesFolder}/' and '{RelationshipsFolder}/'");
            }
        }
    }

    private void ScanFolder(string root, string folder, bool nodes)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            if (IsIgnorable(fileName))
            {
                continue;
            }

            var name = Path.GetFileNameWithoutExtension(path);
            var isCsv = File.Exists(path) && string.Equals(Path.GetExtension(path), ".csv", StringComparison.Ordinal);
            if (nodes && isCsv && schema.FindLabel(name) is not null)
            {
                NodeFiles.Add(new SeedFile(path, Display(root, path), name));
            }
            else if (!nodes && isCsv && _relationshipTypes.Contains(name))
            {
                RelationshipFiles.Add(new SeedFile(path, Display(root, path), name));
            }
            else
            {
                var expected = nodes
                    ? "a label: " + string.Join(", ", schema.Labels.Select(l => l.Name + ".csv"))
                    : "a relationship type: " + string.Join(", ", _relationshipTypes.Select(t => t + ".csv"));
                errors.Add(Display(root, path), 0, $"unknown file: the name must be {expected}");
            }
        }
    }

    // Dot files (.gitkeep, editor swap files) and READMEs are documentation, not data.
    private static bool IsIgnorable(string name) =>
        name.StartsWith('.') || name.StartsWith("README", StringComparison.OrdinalIgnoreCase);

    private static string Display(string root, string path) =>
        Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
}
