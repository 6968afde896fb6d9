namespace KnowledgeGraph.Core.Generation;

/// <summary>
/// How much to generate: <see cref="Scale"/> 1 is the reference (650 alliances, 350 territorial ecosystems, from the
/// 1,000 examples of the source material); 10 and 100 multiply them for benchmarks. The seed fixes the output.
/// </summary>
public sealed record GenerationOptions(int Scale = 1, ulong Seed = GenerationOptions.DefaultSeed)
{
    public const ulong DefaultSeed = 20181201;
    public const int ReferenceAlliances = 650;
    public const int ReferenceEcosystems = 350;

    public int Alliances => checked(ReferenceAlliances * Scale);

    public int Ecosystems => checked(ReferenceEcosystems * Scale);
}
