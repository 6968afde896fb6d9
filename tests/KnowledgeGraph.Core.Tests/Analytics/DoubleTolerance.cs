namespace KnowledgeGraph.Core.Tests.Analytics;

/// <summary>Compares doubles within an absolute tolerance (for Assert.Equal on sequences).</summary>
internal sealed class DoubleTolerance(double tolerance) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

    public int GetHashCode(double obj) => 0;
}
