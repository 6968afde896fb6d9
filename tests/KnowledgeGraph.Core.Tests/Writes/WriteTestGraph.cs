using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Tests.TestGraphs;

namespace KnowledgeGraph.Core.Tests.Writes;

/// <summary>
/// The graph the write tests start from: the France territories, ACT-A (company, based in DEP-34, partner of
/// ALL-X), ACT-B (association, no relationships), ALL-X (located in REG-76).
/// </summary>
public static class WriteTestGraph
{
    public static GraphData Build() => TestGraph.France()
        .Actor("ACT-A", "Alpha", "COMPANY")
        .Actor("ACT-B", "Beta", "ASSOCIATION")
        .Alliance("ALL-X", "Xenon", "SOCIETAL_INNOVATION")
        .Participates("ACT-A", "ALL-X", "PARTNER", 2019)
        .Based("ACT-A", "DEP-34")
        .Located("ALL-X", "REG-76")
        .Build();
}
