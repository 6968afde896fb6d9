namespace KnowledgeGraph.Core.Export;

/// <summary>The file formats a <see cref="Analytics.SubGraph"/> can be exported to.</summary>
public enum ExportFormat
{
    /// <summary>GEXF 1.2draft or 1.3 (Gephi, networkx).</summary>
    Gexf,

    /// <summary>GraphML with key declarations (yEd, Gephi, NetworkX, igraph).</summary>
    GraphMl,

    /// <summary>Cytoscape.js elements JSON.</summary>
    CytoscapeJson,

    /// <summary>CSV node list: id, label, name, then one column per property.</summary>
    CsvNodes,

    /// <summary>CSV edge list: id, source, target, type, then one column per property.</summary>
    CsvEdges,

    /// <summary>graphology's serialisation (sigma.js).</summary>
    GraphologyJson,
}
