namespace KnowledgeGraph.Bolt.Internal.IO.Serializers;

/// <summary>Point2D 'X' (srid, x, y) and Point3D 'Y' (srid, x, y, z).</summary>
internal sealed class PointSerializer : IStructSerializer
{
    public const byte Tag2D = 0x58;
    public const byte Tag3D = 0x59;

    public IReadOnlyList<byte> Tags => [Tag2D, Tag3D];

    public IReadOnlyList<Type> Types => [typeof(Point2D), typeof(Point3D)];

    public object Read(PackStreamReader reader, byte tag, int fieldCount)
    {
        StructFields.Expect(tag, fieldCount, tag == Tag2D ? 3 : 4);
        var srid = StructFields.Convert(() => checked((int)reader.ReadInteger()), "a point's SRID");
        var x = reader.ReadFloat();
        var y = reader.ReadFloat();
        return tag == Tag2D ? new Point2D(srid, x, y) : new Point3D(srid, x, y, reader.ReadFloat());
    }

    public void Write(PackStreamWriter writer, object value)
    {
        if (value is Point2D point)
        {
            writer.WriteStructHeader(3, Tag2D);
            writer.WriteInteger(point.Srid);
            writer.WriteFloat(point.X);
            writer.WriteFloat(point.Y);
            return;
        }
        var point3D = (Point3D)value;
        writer.WriteStructHeader(4, Tag3D);
        writer.WriteInteger(point3D.Srid);
        writer.WriteFloat(point3D.X);
        writer.WriteFloat(point3D.Y);
        writer.WriteFloat(point3D.Z);
    }
}
