using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Seed.Internal;

/// <summary>
/// What a relationship row must respect beyond its values: a definition for its end labels, no duplicate key (type,
/// ends and identifying values: parallel relationships differ in those), and at most one relationship on a
/// single-valued side (a territory's parent).
/// </summary>
internal sealed class RelationshipRules(GraphSchema schema)
{
    private readonly Dictionary<(string Type, LabelDef From, LabelDef To), RelationshipDef> _definitions =
        schema.Relationships.ToDictionary(r => (r.Type, r.From, r.To));

    // Per definition, the (start, end) pairs seen so far by node ordinals: a million rows hash longs, not string tuples.
    private readonly Dictionary<RelationshipDef, Dictionary<long, (string File, int Line)>> _seen = [];
    private readonly Dictionary<RelationshipDef, Dictionary<(long, IdentifyingValues), (string File, int Line)>> _seenKeyed = [];
    private readonly Dictionary<(RelationshipDef, Direction, string), (string File, int Line)> _singles = [];

    public IReadOnlyList<RelationshipDef> DefinitionsOf(string type) =>
        schema.Relationships.Where(r => r.Type == type).ToList();

    public RelationshipDef? Find(string type, LabelDef from, LabelDef to) => _definitions.GetValueOrDefault((type, from, to));

    public string Allowed(string type) =>
        string.Join(", ", DefinitionsOf(type).Select(r => $"{r.From.Name} → {r.To.Name}"));

    /// <summary>Records the relationship; reports and returns false when it repeats a key or breaks a single-valued side.</summary>
    public bool Accept(RelationshipDef definition, NodeEntry start, NodeEntry end, IReadOnlyDictionary<string, object>? properties, RowLocation at)
    {
        var pair = ((long)start.Ordinal << 32) | (uint)end.Ordinal;
        (string File, int Line) first;
        var repeated = definition.IdentifyingProperties.Count == 0
            ? !TryAdd(Seen(_seen, definition), pair, at, out first)
            : !TryAdd(Seen(_seenKeyed, definition), (pair, IdentifyingValues.Of(definition, properties ?? NoProperties)), at, out first);
        if (repeated)
        {
            at.Report($"duplicate relationship {start.Id} -[:{definition.Type}{IdentifyingValues.Describe(definition, properties ?? NoProperties)}]-> {end.Id}, " +
                $"already at {first.File}:{first.Line}");
            return false;
        }

        return AcceptSingle(definition, Direction.Outgoing, start, at) & AcceptSingle(definition, Direction.Incoming, end, at);
    }

    private static readonly Dictionary<string, object> NoProperties = [];

    // Adds the key with this row's place, or gives the place of the row that had it first.
    private static bool TryAdd<TKey>(Dictionary<TKey, (string File, int Line)> seen, TKey key, RowLocation at, out (string File, int Line) first)
        where TKey : notnull
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(seen, key, out var exists);
        first = slot;
        if (!exists)
        {
            slot = (at.File, at.Line);
        }

        return !exists;
    }

    private static Dictionary<TKey, (string File, int Line)> Seen<TKey>(Dictionary<RelationshipDef, Dictionary<TKey, (string File, int Line)>> seen, RelationshipDef definition)
        where TKey : notnull
    {
        if (!seen.TryGetValue(definition, out var keys))
        {
            seen[definition] = keys = [];
        }

        return keys;
    }

    private bool AcceptSingle(RelationshipDef definition, Direction direction, NodeEntry node, RowLocation at)
    {
        var field = direction == Direction.Outgoing ? definition.Outgoing : definition.Incoming;
        if (!field.IsSingle || _singles.TryAdd((definition, direction, node.Id), (at.File, at.Line)))
        {
            return true;
        }

        var (file, line) = _singles[(definition, direction, node.Id)];
        at.Report($"{node.Label.Name} '{node.Id}' already has its one '{field.Name}' through {definition.Type} at {file}:{line}");
        return false;
    }
}
