using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Seed.Internal;

/// <summary>
/// What a relationship row must respect beyond its values: a definition for its end labels, no duplicate of the
/// same type between the same ends, and at most one relationship on a single-valued side (a territory's parent).
/// </summary>
internal sealed class RelationshipRules(GraphSchema schema)
{
    private readonly Dictionary<(string Type, LabelDef From, LabelDef To), RelationshipDef> _definitions =
        schema.Relationships.ToDictionary(r => (r.Type, r.From, r.To));

    // Per definition, the (start, end) pairs seen so far by node ordinals: a million rows hash longs, not string tuples.
    private readonly Dictionary<RelationshipDef, Dictionary<long, (string File, int Line)>> _seen = [];
    private readonly Dictionary<(RelationshipDef, Direction, string), (string File, int Line)> _singles = [];

    public IReadOnlyList<RelationshipDef> DefinitionsOf(string type) =>
        schema.Relationships.Where(r => r.Type == type).ToList();

    public RelationshipDef? Find(string type, LabelDef from, LabelDef to) => _definitions.GetValueOrDefault((type, from, to));

    public string Allowed(string type) =>
        string.Join(", ", DefinitionsOf(type).Select(r => $"{r.From.Name} → {r.To.Name}"));

    /// <summary>Records the relationship; reports and returns false when it repeats one or breaks a single-valued side.</summary>
    public bool Accept(RelationshipDef definition, NodeEntry start, NodeEntry end, RowLocation at)
    {
        if (!_seen.TryGetValue(definition, out var pairs))
        {
            _seen[definition] = pairs = [];
        }

        var pair = ((long)start.Ordinal << 32) | (uint)end.Ordinal;
        if (!pairs.TryAdd(pair, (at.File, at.Line)))
        {
            var (file, line) = pairs[pair];
            at.Report($"duplicate relationship {start.Id} -[:{definition.Type}]-> {end.Id}, already at {file}:{line}");
            return false;
        }

        return AcceptSingle(definition, Direction.Outgoing, start, at) & AcceptSingle(definition, Direction.Incoming, end, at);
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
