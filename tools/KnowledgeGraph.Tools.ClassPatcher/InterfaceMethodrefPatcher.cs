namespace KnowledgeGraph.Tools.ClassPatcher;

/// <summary>
/// Java 9+ refuses invokestatic of an interface method through a plain CONSTANT_Methodref.
/// Old (pre-Java 8, version &lt; 52) classes compiled against interfaces that later gained static
/// methods carry exactly that; turning the tag into CONSTANT_InterfaceMethodref (same layout) fixes them.
/// </summary>
public static class InterfaceMethodrefPatcher
{
    public const int Java8MajorVersion = 52;

    /// <summary>Returns the patched bytes, or null when the class needs no change.</summary>
    public static byte[]? Patch(byte[] classBytes, ISet<string> interfaceNames)
    {
        var classFile = ClassFileReader.Read(classBytes);
        if (classFile.MajorVersion >= Java8MajorVersion)
        {
            return null;
        }

        byte[]? patched = null;
        foreach (var entry in classFile.ConstantPool)
        {
            if (entry is { Tag: ConstantPoolTag.Methodref } && interfaceNames.Contains(classFile.ClassNameAt(entry.FirstIndex)))
            {
                patched ??= (byte[])classBytes.Clone();
                patched[entry.Offset] = ConstantPoolTag.InterfaceMethodref;
            }
        }

        return patched;
    }
}
