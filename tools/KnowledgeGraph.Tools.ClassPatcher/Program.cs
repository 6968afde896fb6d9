using KnowledgeGraph.Tools.ClassPatcher;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: KnowledgeGraph.Tools.ClassPatcher <lib-folder-with-jars> <output-folder>");
    return 2;
}

var written = JarClassPatcher.PatchFolder(args[0], args[1]);
foreach (var name in written)
{
    Console.WriteLine($"patched {name}");
}

Console.WriteLine($"{written.Count} classes patched into {args[1]}");
return 0;
