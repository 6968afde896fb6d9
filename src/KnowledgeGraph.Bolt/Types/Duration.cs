namespace KnowledgeGraph.Bolt;

/// <summary>A Cypher duration: months, days, seconds and nanoseconds are kept apart as the server does.</summary>
public readonly record struct Duration(long Months, long Days, long Seconds, int Nanoseconds);
