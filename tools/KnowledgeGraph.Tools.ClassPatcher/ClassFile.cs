namespace KnowledgeGraph.Tools.ClassPatcher;

/// <summary>The parts of a parsed class file the patcher needs. Pool slots are 1-based; unusable slots are null.</summary>
public sealed class ClassFile
{
    public const ushort AccInterface = 0x0200;

    internal ClassFile(int majorVersion, ushort accessFlags, int thisClassIndex, IReadOnlyList<ConstantPoolEntry?> pool)
    {
        MajorVersion = majorVersion;
        AccessFlags = accessFlags;
        ThisClassIndex = thisClassIndex;
        ConstantPool = pool;
    }

    public int MajorVersion { get; }

    public ushort AccessFlags { get; }

    public int ThisClassIndex { get; }

    public IReadOnlyList<ConstantPoolEntry?> ConstantPool { get; }

    public bool IsInterface => (AccessFlags & AccInterface) != 0;

    /// <summary>Internal name of this class, e.g. <c>org/neo4j/graphdb/RelationshipType</c>.</summary>
    public string Name => ClassNameAt(ThisClassIndex);

    /// <summary>Name of the class a CONSTANT_Class entry at <paramref name="classIndex"/> designates.</summary>
    public string ClassNameAt(int classIndex)
    {
        var entry = ConstantPool[classIndex] ?? throw new InvalidDataException($"Empty constant-pool slot {classIndex}.");
        if (entry.Tag != ConstantPoolTag.Class)
        {
            throw new InvalidDataException($"Slot {classIndex} is tag {entry.Tag}, not a class.");
        }

        return ConstantPool[entry.FirstIndex]?.Text ?? throw new InvalidDataException($"Slot {entry.FirstIndex} is not UTF-8.");
    }
}
