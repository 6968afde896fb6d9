namespace KnowledgeGraph.Bolt;

/// <summary>A time of day with a UTC offset (Cypher <c>TIME</c>).</summary>
public readonly record struct OffsetTime(TimeOnly Time, TimeSpan Offset);
