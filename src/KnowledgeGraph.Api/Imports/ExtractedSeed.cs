namespace KnowledgeGraph.Api.Imports;

/// <summary>
/// An uploaded archive unpacked into a temporary folder: the seed sets to load together, and how to name their files
/// as the client did. <paramref name="Prefix"/> is the folder all entries shared (<c>my-seed/</c>), dropped on disk and
/// put back in messages; <paramref name="Unnamed"/> is the folder of a set that had none.
/// </summary>
internal sealed record ExtractedSeed(string Root, IReadOnlyList<string> SetDirectories, int Files, long Bytes, string Prefix, string? Unnamed)
{
    /// <summary>The client's name of a file the seed loader reports (relative to <see cref="Root"/>).</summary>
    public string ClientName(string reported)
    {
        var name = Unnamed is not null && reported.StartsWith(Unnamed + "/", StringComparison.Ordinal) ? reported[(Unnamed.Length + 1)..] : reported;
        return Prefix + name;
    }

    /// <summary>The file on disk of a file the seed loader reports.</summary>
    public string FullPath(string reported) => Path.Combine(Root, reported.Replace('/', Path.DirectorySeparatorChar));
}
