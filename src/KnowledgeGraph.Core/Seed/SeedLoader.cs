using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Seed.Internal;

namespace KnowledgeGraph.Core.Seed;

/// <summary>Reads and validates seed sets (folders of CSV files) into one <see cref="GraphData"/>.</summary>
public sealed class SeedLoader(GraphSchema schema)
{
    /// <summary>
    /// Whether a load with problems goes on to the end of every file to count them all (the report still keeps the
    /// first <see cref="SeedErrorList.MaxErrors"/>); by default it stops at that many.
    /// </summary>
    public bool CountAllProblems { get; init; }

    /// <summary>
    /// Whether a relationship may end at a node the files do not define: a node already stored, for an import into a
    /// running service. Such an end is taken as a node of the label its id's pattern names; whether it exists, with
    /// that label, is for the writer to check against the store. By default every end must be defined in the sets.
    /// </summary>
    public bool EndsMayBeStored { get; init; }

    /// <summary>The seed sets under a graph-seed root that the service loads by default: curated, then synthetic.</summary>
    public static IReadOnlyList<string> DefaultSets(string seedRoot) =>
        [Path.Combine(seedRoot, "curated"), Path.Combine(seedRoot, "synthetic")];

    /// <summary>
    /// Loads the sets together (ids must be unique across them): every node file of every set first, then the
    /// relationships, whose ends may lie in another set. Throws <see cref="SeedValidationException"/> with every
    /// problem found (up to <see cref="SeedErrorList.MaxErrors"/>); never returns a partial graph.
    /// </summary>
    public Task<GraphData> LoadAsync(IReadOnlyList<string> seedSetDirectories, CancellationToken cancellationToken) =>
        LoadAsync(seedSetDirectories, null, cancellationToken);

    /// <summary>As <see cref="LoadAsync(IReadOnlyList{string}, CancellationToken)"/>, telling <paramref name="fileLoaded"/> after each file.</summary>
    public async Task<GraphData> LoadAsync(
        IReadOnlyList<string> seedSetDirectories, Action<SeedFileLoaded>? fileLoaded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seedSetDirectories);
        var errors = new SeedErrorList(CountAllProblems);
        var scanner = new SeedSetScanner(schema, errors);
        foreach (var directory in seedSetDirectories)
        {
            scanner.Scan(directory);
        }

        var index = new NodeIndex();
        var values = new RowValues(new ValueParser());
        var nodes = new List<NodeRecord>();
        var nodeLoader = new NodeFileLoader(schema, index, values, errors);
        foreach (var file in scanner.NodeFiles)
        {
            var before = nodes.Count;
            await nodeLoader.LoadAsync(file, nodes, cancellationToken);
            fileLoaded?.Invoke(new SeedFileLoaded(file.DisplayPath, false, before, nodes.Count - before, errors.Total));
        }

        var relationships = new List<RelationshipRecord>();
        var relationshipLoader = new RelationshipFileLoader(
            index, new RelationshipRules(schema), values, errors, EndsMayBeStored ? schema.LabelOfId : null);
        foreach (var file in scanner.RelationshipFiles)
        {
            var before = relationships.Count;
            await relationshipLoader.LoadAsync(file, relationships, cancellationToken);
            fileLoaded?.Invoke(new SeedFileLoaded(file.DisplayPath, true, before, relationships.Count - before, errors.Total));
        }

        if (errors.HasErrors)
        {
            throw new SeedValidationException(errors.Errors, errors.Total);
        }

        return new GraphData(nodes, relationships);
    }
}
