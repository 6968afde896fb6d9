namespace KnowledgeGraph.Bolt;

/// <summary>A two-dimensional point in the coordinate reference system <see cref="Srid"/> (e.g. 4326 WGS-84, 7203 cartesian).</summary>
public readonly record struct Point2D(int Srid, double X, double Y);
