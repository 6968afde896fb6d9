using System.Buffers.Binary;
using System.Text;

namespace KnowledgeGraph.Tools.ClassPatcher;

/// <summary>Parses the header, constant pool, access flags and this_class of a JVM class file.</summary>
public static class ClassFileReader
{
    private const uint Magic = 0xCAFEBABE;

    public static ClassFile Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 10 || BinaryPrimitives.ReadUInt32BigEndian(bytes) != Magic)
        {
            throw new InvalidDataException("Not a class file (bad magic).");
        }

        int major = BinaryPrimitives.ReadUInt16BigEndian(bytes[6..]);
        int count = BinaryPrimitives.ReadUInt16BigEndian(bytes[8..]);
        var pool = new ConstantPoolEntry?[count];
        int offset = 10;
        for (int index = 1; index < count; index++)
        {
            var entry = ReadEntry(bytes, offset, out int size);
            pool[index] = entry;
            offset += size;
            if (ConstantPoolTag.TakesTwoSlots(entry.Tag))
            {
                index++;
            }
        }

        ushort accessFlags = BinaryPrimitives.ReadUInt16BigEndian(bytes[offset..]);
        int thisClass = BinaryPrimitives.ReadUInt16BigEndian(bytes[(offset + 2)..]);
        return new ClassFile(major, accessFlags, thisClass, pool);
    }

    private static ConstantPoolEntry ReadEntry(ReadOnlySpan<byte> bytes, int offset, out int size)
    {
        byte tag = bytes[offset];
        var body = bytes[(offset + 1)..];
        if (tag == ConstantPoolTag.Utf8)
        {
            int length = BinaryPrimitives.ReadUInt16BigEndian(body);
            size = 3 + length;
            // Modified UTF-8 differs from UTF-8 only for NUL and supplementary characters, irrelevant to class names.
            return new ConstantPoolEntry(tag, offset, 0, 0, Encoding.UTF8.GetString(body.Slice(2, length)));
        }

        int bodySize = ConstantPoolTag.FixedBodySize(tag);
        size = 1 + bodySize;
        int first = bodySize >= 2 ? BinaryPrimitives.ReadUInt16BigEndian(body) : body[0];
        int second = bodySize == 4 ? BinaryPrimitives.ReadUInt16BigEndian(body[2..]) : 0;
        return new ConstantPoolEntry(tag, offset, first, second, null);
    }
}
