using System.IO.Compression;

namespace KnowledgeGraph.Tools.ClassPatcher;

/// <summary>Patches every old class of a folder of jars, writing the changed classes as loose files under an output folder.</summary>
public static class JarClassPatcher
{
    public static IReadOnlyList<string> PatchFolder(string libFolder, string outputFolder)
    {
        var jars = Directory.GetFiles(libFolder, "*.jar").Order(StringComparer.Ordinal).ToArray();
        var interfaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, bytes) in jars.SelectMany(ReadClasses))
        {
            var classFile = ClassFileReader.Read(bytes);
            if (classFile.IsInterface)
            {
                interfaces.Add(classFile.Name);
            }
        }

        var written = new List<string>();
        foreach (var (entryName, bytes) in jars.SelectMany(ReadClasses))
        {
            var patched = InterfaceMethodrefPatcher.Patch(bytes, interfaces);
            if (patched is null)
            {
                continue;
            }

            var target = Path.Combine(outputFolder, entryName.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, patched);
            written.Add(entryName);
        }

        return written;
    }

    private static IEnumerable<(string EntryName, byte[] Bytes)> ReadClasses(string jarPath)
    {
        using var archive = ZipFile.OpenRead(jarPath);
        foreach (var entry in archive.Entries)
        {
            if (!entry.FullName.EndsWith(".class", StringComparison.Ordinal) || entry.FullName.StartsWith("META-INF/", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = entry.Open();
            using var buffer = new MemoryStream((int)entry.Length);
            stream.CopyTo(buffer);
            yield return (entry.FullName, buffer.ToArray());
        }
    }
}
