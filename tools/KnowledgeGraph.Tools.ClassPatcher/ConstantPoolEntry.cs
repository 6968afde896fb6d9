namespace KnowledgeGraph.Tools.ClassPatcher;

/// <summary>One constant-pool entry: its tag, where the tag byte sits in the class file, and its body.</summary>
public sealed record ConstantPoolEntry(byte Tag, int Offset, int FirstIndex, int SecondIndex, string? Text);
