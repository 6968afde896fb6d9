using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Tests.TestGraphs;
using static KnowledgeGraph.Core.Schema.Model.DomainRelationships;

namespace KnowledgeGraph.Core.Tests.Analytics;

/// <summary>
/// A rows × columns grid of territories linked by PART_OF pointing right and down; cell (r, c) has the id
/// COM-1r0cc so that id order is row-major order.
/// </summary>
internal static class GridGraph
{
    public static string Cell(int row, int column) => $"COM-1{row}0{column:D2}";

    public static GraphView Build(int rows, int columns)
    {
        var graph = new TestGraph();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                graph.Territory(Cell(r, c), $"Cell {r},{c}", "COMMUNE");
            }
        }

        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (c + 1 < columns)
                {
                    graph.Link(PartOf, Cell(r, c), Cell(r, c + 1));
                }

                if (r + 1 < rows)
                {
                    graph.Link(PartOf, Cell(r, c), Cell(r + 1, c));
                }
            }
        }

        return GraphView.Build(graph.Build());
    }
}
