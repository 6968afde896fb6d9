using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Analytics;

/// <summary>
/// A relationship of a <see cref="GraphView"/>, with its end nodes as indices. <see cref="Id"/> is
/// <see cref="RelationshipRecord.Id"/>; parallel relationships with the same id get a suffix <c>#2</c>, <c>#3</c>…
/// </summary>
public sealed record ViewEdge(string Id, RelationshipRecord Record, int Source, int Target)
{
    public string Type => Record.Definition.Type;
}
