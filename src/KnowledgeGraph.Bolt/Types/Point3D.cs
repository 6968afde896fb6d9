namespace KnowledgeGraph.Bolt;

/// <summary>A three-dimensional point in the coordinate reference system <see cref="Srid"/> (e.g. 4979, 9157).</summary>
public readonly record struct Point3D(int Srid, double X, double Y, double Z);
