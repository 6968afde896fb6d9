using KnowledgeGraph.Core.Plan;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// A compiled plan: the one statement, returning one record with a column per root (<c>r0</c>, <c>r1</c>…) and one
/// per <c>within</c> id list (<c>w0</c>…, the ids found, for the UNKNOWN_ID check).
/// </summary>
public sealed record CompiledRead(ReadPlan Plan, CypherStatement Statement, IReadOnlyList<string> WithinParameters)
{
    public static string RootColumn(int index) => "r" + index;

    public static string WithinColumn(int index) => "w" + index;
}
