namespace KnowledgeGraph.Core.Export;

/// <summary>The GEXF versions written: 1.2draft (the default: Gephi 0.9/0.10, networkx 2.x and 3.x) and 1.3 (Gephi 0.10, networkx 3).</summary>
public enum GexfVersion
{
    V1_2Draft,
    V1_3,
}

/// <summary>
/// How a format is written: the GEXF version, and (GEXF only) time spells so that Gephi's timeline plays the
/// network — <see cref="Spells"/> when given makes the graph <c>mode="dynamic"</c>.
/// </summary>
public sealed record ExportSettings(GexfVersion GexfVersion = GexfVersion.V1_2Draft, TimeSpells? Spells = null)
{
    public static ExportSettings Default { get; } = new();
}
