namespace KnowledgeGraph.Tools.ClassPatcher;

/// <summary>Constant-pool tags of the JVM class-file format (JVMS §4.4).</summary>
public static class ConstantPoolTag
{
    public const byte Utf8 = 1;
    public const byte Integer = 3;
    public const byte Float = 4;
    public const byte Long = 5;
    public const byte Double = 6;
    public const byte Class = 7;
    public const byte String = 8;
    public const byte Fieldref = 9;
    public const byte Methodref = 10;
    public const byte InterfaceMethodref = 11;
    public const byte NameAndType = 12;
    public const byte MethodHandle = 15;
    public const byte MethodType = 16;
    public const byte Dynamic = 17;
    public const byte InvokeDynamic = 18;
    public const byte Module = 19;
    public const byte Package = 20;

    /// <summary>Size in bytes of an entry's body, after its tag byte (Utf8 excluded: variable).</summary>
    public static int FixedBodySize(byte tag) => tag switch
    {
        Integer or Float or Fieldref or Methodref or InterfaceMethodref or NameAndType or Dynamic or InvokeDynamic => 4,
        Long or Double => 8,
        Class or String or MethodType or Module or Package => 2,
        MethodHandle => 3,
        _ => throw new InvalidDataException($"Unknown constant-pool tag {tag}."),
    };

    /// <summary>Long and Double take two constant-pool slots (JVMS §4.4.5).</summary>
    public static bool TakesTwoSlots(byte tag) => tag is Long or Double;
}
