namespace KnowledgeGraph.Api.Limits.Cost;

/// <summary>What the limits measure of an operation: its estimated cost and its deepest field nesting.</summary>
public readonly record struct OperationShape(double Cost, int Depth)
{
    public static OperationShape Empty { get; } = new(0, 0);

    /// <summary>Selections side by side: costs add up, the depth is the deepest one.</summary>
    public OperationShape Beside(OperationShape other) => new(Cost + other.Cost, Math.Max(Depth, other.Depth));
}
