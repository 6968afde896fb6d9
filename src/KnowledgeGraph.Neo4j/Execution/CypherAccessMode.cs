using System.Text.RegularExpressions;
using KnowledgeGraph.Bolt;

namespace KnowledgeGraph.Neo4j.Execution;

/// <summary>
/// Whether a statement only reads, so that a routing driver may send it to a cluster follower. Conservative: any
/// writing clause, schema command or procedure call other than the full-text query makes it a write (the leader).
/// </summary>
public static partial class CypherAccessMode
{
    public static AccessMode Of(string cypher) =>
        WriteKeyword().IsMatch(cypher) || ProcedureCall().Count(cypher) != FullTextQuery().Count(cypher) ? AccessMode.Write : AccessMode.Read;

    [GeneratedRegex(@"\b(CREATE|MERGE|SET|DELETE|REMOVE|DROP|FOREACH|LOAD\s+CSV|IN\s+TRANSACTIONS)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WriteKeyword();

    [GeneratedRegex(@"\bCALL\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProcedureCall();

    [GeneratedRegex(@"\bCALL\s+db\.index\.fulltext\.query(Nodes|Relationships)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FullTextQuery();
}
