using KnowledgeGraph.Tools.ClassPatcher;

namespace KnowledgeGraph.Tools.Tests;

public sealed class InterfaceMethodrefPatcherTests
{
    private static readonly HashSet<string> Interfaces = ["p/Iface"];

    [Fact]
    public void Old_class_gets_only_its_interface_methodrefs_retagged()
    {
        var (bytes, ifaceRef, classRef) = OldStyleCaller(majorVersion: 50);

        var patched = InterfaceMethodrefPatcher.Patch(bytes.Class, Interfaces);

        Assert.NotNull(patched);
        Assert.Equal(ConstantPoolTag.InterfaceMethodref, patched[bytes.Builder.OffsetOf(ifaceRef)]);
        Assert.Equal(ConstantPoolTag.Methodref, patched[bytes.Builder.OffsetOf(classRef)]);
        var differences = Enumerable.Range(0, patched.Length).Where(i => patched[i] != bytes.Class[i]);
        Assert.Equal([bytes.Builder.OffsetOf(ifaceRef)], differences);
    }

    [Fact]
    public void Java8_and_later_classes_are_left_alone()
    {
        var (bytes, _, _) = OldStyleCaller(majorVersion: 52);

        Assert.Null(InterfaceMethodrefPatcher.Patch(bytes.Class, Interfaces));
    }

    [Fact]
    public void Old_class_without_interface_calls_is_left_alone()
    {
        var (bytes, _, _) = OldStyleCaller(majorVersion: 49);

        Assert.Null(InterfaceMethodrefPatcher.Patch(bytes.Class, new HashSet<string> { "p/Other" }));
    }

    [Fact]
    public void Reader_counts_long_and_double_as_two_slots()
    {
        var builder = new ClassBytesBuilder(50);
        int longIndex = builder.Long(long.MaxValue);
        int doubleIndex = builder.Double(1.5);
        int self = builder.Class("p/Self");

        var classFile = ClassFileReader.Read(builder.Build(ClassFile.AccInterface, self));

        Assert.Equal(longIndex + 2, doubleIndex);
        Assert.Null(classFile.ConstantPool[longIndex + 1]);
        Assert.Equal(ConstantPoolTag.Double, classFile.ConstantPool[doubleIndex]!.Tag);
        Assert.Equal("p/Self", classFile.Name);
        Assert.True(classFile.IsInterface);
        Assert.Equal(50, classFile.MajorVersion);
    }

    [Fact]
    public void Reader_rejects_bytes_that_are_not_a_class_file()
    {
        Assert.Throws<InvalidDataException>(() => ClassFileReader.Read(new byte[16]));
    }

    private static ((ClassBytesBuilder Builder, byte[] Class) Bytes, int IfaceRef, int ClassRef) OldStyleCaller(int majorVersion)
    {
        var builder = new ClassBytesBuilder(majorVersion);
        builder.Long(42);
        int iface = builder.Class("p/Iface");
        builder.Double(2.0);
        int klass = builder.Class("p/Klass");
        int ifaceRef = builder.Methodref(iface, "withName", "(Ljava/lang/String;)Lp/Iface;");
        int classRef = builder.Methodref(klass, "run", "()V");
        int self = builder.Class("p/Caller");
        return ((builder, builder.Build(0x0021, self)), ifaceRef, classRef);
    }
}
