using System.Buffers.Binary;
using System.Text;
using KnowledgeGraph.Tools.ClassPatcher;

namespace KnowledgeGraph.Tools.Tests;

/// <summary>Builds minimal class-file bytes (header, constant pool, access flags, this_class) for parser tests.</summary>
internal sealed class ClassBytesBuilder(int majorVersion)
{
    private const int PoolStart = 10;
    private readonly List<byte> _pool = [];
    private readonly Dictionary<int, int> _offsets = [];
    private int _nextIndex = 1;

    public int Utf8(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        int index = Begin(ConstantPoolTag.Utf8);
        AddU2(bytes.Length);
        _pool.AddRange(bytes);
        return index;
    }

    public int Class(string name) => Ref(ConstantPoolTag.Class, Utf8(name));

    public int Long(long value) => EightBytes(ConstantPoolTag.Long, value);

    public int Double(double value) => EightBytes(ConstantPoolTag.Double, BitConverter.DoubleToInt64Bits(value));

    public int Methodref(int classIndex, string name, string descriptor)
    {
        int nameAndType = Ref(ConstantPoolTag.NameAndType, Utf8(name), Utf8(descriptor));
        return Ref(ConstantPoolTag.Methodref, classIndex, nameAndType);
    }

    /// <summary>Position of the tag byte of the entry at <paramref name="index"/> in the built class file.</summary>
    public int OffsetOf(int index) => _offsets[index];

    public byte[] Build(ushort accessFlags, int thisClass)
    {
        var bytes = new List<byte> { 0xCA, 0xFE, 0xBA, 0xBE, 0, 0 };
        bytes.AddRange(U2(majorVersion));
        bytes.AddRange(U2(_nextIndex));
        bytes.AddRange(_pool);
        bytes.AddRange(U2(accessFlags));
        bytes.AddRange(U2(thisClass));
        bytes.AddRange(new byte[10]); // super_class, then empty interfaces, fields, methods, attributes
        return [.. bytes];
    }

    private int EightBytes(byte tag, long bits)
    {
        int index = Begin(tag);
        var buffer = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(buffer, bits);
        _pool.AddRange(buffer);
        _nextIndex++; // long and double take two slots
        return index;
    }

    private int Ref(byte tag, int first, int? second = null)
    {
        int index = Begin(tag);
        AddU2(first);
        if (second is int value)
        {
            AddU2(value);
        }

        return index;
    }

    private int Begin(byte tag)
    {
        _offsets[_nextIndex] = PoolStart + _pool.Count;
        _pool.Add(tag);
        return _nextIndex++;
    }

    private void AddU2(int value) => _pool.AddRange(U2(value));

    private static byte[] U2(int value) => [(byte)(value >> 8), (byte)value];
}
