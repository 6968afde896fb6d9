using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Writes;
using KnowledgeGraph.Core.Tests.Writes;

namespace KnowledgeGraph.Core.Tests.Embedded.Changes;

/// <summary>
/// Random change sets over a graph: creates (ids anywhere in a label's order), updates, deletes with and without
/// detach, links and unlinks, parallel participations (same ends, another role or year) and unlinks that choose one
/// by key, territories and their PART_OF, several per set. Many are refused by validation; the caller keeps the valid ones.
/// </summary>
internal sealed class RandomChangeSets(Random random)
{
    private static readonly string[] Kinds = ["COMPANY", "ASSOCIATION", "FOUNDATION", "LOCAL_AUTHORITY"];
    private static readonly string[] Roles = ["INITIATOR", "PARTNER", "FUNDER"];
    private static readonly string[] Words = ["Alpha", "Île", "Zeta", "Œuvre", "Mid", "alpha", "Beta"];
    private int _next;

    public ChangeSet Next(GraphData graph)
    {
        var operations = new List<WriteOperation>();
        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++)
        {
            operations.Add(Operation(graph, operations));
        }

        return new ChangeSet(operations);
    }

    private WriteOperation Operation(GraphData graph, List<WriteOperation> before)
    {
        var actors = graph.Nodes.Where(n => n.Label.Name == "Actor").Select(n => n.Id).ToList();
        var alliances = graph.Nodes.Where(n => n.Label.Name == "Alliance").Select(n => n.Id).ToList();
        var territories = graph.Nodes.Where(n => n.Label.Name == "Territory").Select(n => n.Id).ToList();
        string Pick(List<string> ids) => ids.Count == 0 ? "ACT-NONE" : ids[random.Next(ids.Count)];
        var createdActors = before.OfType<CreateNode>().Where(c => c.Label == "Actor").Select(c => c.Id).ToList();
        switch (random.Next(14))
        {
            case 0 or 1:
                return Ops.Create("Actor", NewId("ACT"), ("name", Word()), ("kind", Kinds[random.Next(Kinds.Length)]), ("source", "TEST"),
                    ("foundedYear", random.Next(2) == 0 ? null : (long)(1950 + random.Next(70))), ("description", random.Next(2) == 0 ? null : Word()));
            case 2:
                return Ops.Create("Alliance", NewId("ALL"), ("name", Word()), ("category", "PATRONAGE"), ("source", "TEST"));
            case 3:
                return Ops.Update(Pick(actors), ("name", Word()), ("kind", Kinds[random.Next(Kinds.Length)]));
            case 4:
                return Ops.Remove(Pick(actors), "foundedYear");
            case 5:
                return Ops.Delete(Pick(random.Next(3) == 0 ? alliances : actors), detach: random.Next(4) != 0);
            case 6 or 7:
                return Ops.Participates(createdActors.Count > 0 && random.Next(2) == 0 ? createdActors[^1] : Pick(actors), Pick(alliances),
                    Roles[random.Next(Roles.Length)]);
            case 8:
                return Ops.Link("BASED_IN", createdActors.Count > 0 ? createdActors[^1] : Pick(actors), Pick(territories));
            case 9:
                // Half the time one of several parallels (same type and ends), the others staying.
                var parallels = random.Next(2) == 0
                    ? graph.Relationships.Where(r => r.Definition.Type == "PARTICIPATES_IN").GroupBy(r => (r.StartId, r.EndId))
                        .Where(g => g.Count() > 1).SelectMany(g => g).ToList()
                    : [];
                var link = parallels.Count > 0 ? parallels[random.Next(parallels.Count)] : graph.Relationships[random.Next(graph.Relationships.Count)];
                return link.Definition.IdentifyingProperties.Count > 0 && random.Next(3) != 0
                    ? Ops.Unlink(link.Definition.Type, link.StartId, link.EndId,
                        [.. link.Definition.IdentifyingProperties.Where(_ => random.Next(3) != 0).Select(p => (p.Name, link.Properties.GetValueOrDefault(p.Name)))])
                    : Ops.Unlink(link.Definition.Type, link.StartId, link.EndId);
            case 12 or 13:
                // A parallel of an existing participation: the same ends, another role or year (or none).
                var participations = graph.Relationships.Where(r => r.Definition.Type == "PARTICIPATES_IN").ToList();
                var existing = participations.Count == 0 ? null : participations[random.Next(participations.Count)];
                return Ops.Link("PARTICIPATES_IN", existing?.StartId ?? Pick(actors), existing?.EndId ?? Pick(alliances),
                    ("role", Roles[random.Next(Roles.Length)]), ("since", random.Next(3) == 0 ? null : (long)(2010 + random.Next(4))));
            case 10:
                var commune = $"COM-{random.Next(10, 99)}{random.Next(100, 999)}";
                return Ops.Create("Territory", commune, ("name", Word()), ("level", "COMMUNE"));
            default:
                var territory = before.OfType<CreateNode>().LastOrDefault(c => c.Label == "Territory")?.Id ?? Pick(territories);
                return Ops.Link("PART_OF", territory, Pick(territories));
        }
    }

    // Ids before, between and after the existing ones (ACT-0…, ACT-M…, ACT-Z…).
    private string NewId(string prefix) => $"{prefix}-{"0MZ"[random.Next(3)]}{random.Next(1000):D3}-{_next++}";

    private string Word() => $"{Words[random.Next(Words.Length)]} {random.Next(100)}";
}
