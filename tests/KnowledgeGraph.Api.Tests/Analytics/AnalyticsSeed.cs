namespace KnowledgeGraph.Api.Tests.Analytics;

/// <summary>
/// A seed root with known network answers: the real territories (curated, copied) and six actors in five alliances.
/// Two triangles of co-participation — {COMP1, ASSO1, FOUND1} in Occitanie and {COMP2, ASSO2, FOUND2} in
/// Hauts-de-France — each with one doubly linked pair (two shared alliances), bridged by the patronage ALL-X-3
/// that FOUND1 and COMP2 share. ACT-X-LONE takes part in nothing.
/// </summary>
public sealed class AnalyticsSeed : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("kg-analytics-seed-");

    public AnalyticsSeed(string repositorySeedRoot)
    {
        var curated = Path.Combine(repositorySeedRoot, "curated");
        Write("curated/nodes/Territory.csv", File.ReadAllLines(Path.Combine(curated, "nodes", "Territory.csv")));
        Write("curated/relationships/PART_OF.csv", File.ReadAllLines(Path.Combine(curated, "relationships", "PART_OF.csv")));
        Write("synthetic/nodes/Actor.csv",
            "id:ID,name,kind,source",
            "ACT-X-COMP1,Garonne Numérique,COMPANY,SYNTHETIC",
            "ACT-X-ASSO1,Jardins Solidaires,ASSOCIATION,SYNTHETIC",
            "ACT-X-FOUND1,Fondation Lumière,FOUNDATION,SYNTHETIC",
            "ACT-X-COMP2,Nord Industrie,COMPANY,SYNTHETIC",
            "ACT-X-ASSO2,Asso Lilloise,ASSOCIATION,SYNTHETIC",
            "ACT-X-FOUND2,Fondation du Nord,FOUNDATION,SYNTHETIC",
            "ACT-X-LONE,Solo SA,COMPANY,SYNTHETIC");
        Write("synthetic/nodes/Alliance.csv",
            "id:ID,name,category,startYear:int,source",
            "ALL-X-1,Alliance Un,SOCIETAL_INNOVATION,2019,SYNTHETIC",
            "ALL-X-2,Alliance Deux,SOCIETAL_INNOVATION,2020,SYNTHETIC",
            "ALL-X-3,Mécénat Pont,PATRONAGE,2021,SYNTHETIC",
            "ALL-X-4,Coopération Quatre,ECONOMIC_COOPERATION,2021,SYNTHETIC",
            "ALL-X-5,Coopération Cinq,ECONOMIC_COOPERATION,2022,SYNTHETIC");
        Write("synthetic/relationships/LOCATED_IN.csv",
            ":START_ID,:END_ID",
            "ALL-X-1,DEP-34",
            "ALL-X-2,DEP-31",
            "ALL-X-3,DEP-59",
            "ALL-X-4,DEP-59",
            "ALL-X-5,DEP-59");
        Write("synthetic/relationships/BASED_IN.csv",
            ":START_ID,:END_ID",
            "ACT-X-COMP1,DEP-31",
            "ACT-X-ASSO1,DEP-34",
            "ACT-X-FOUND1,DEP-75",
            "ACT-X-COMP2,DEP-59",
            "ACT-X-ASSO2,DEP-59",
            "ACT-X-FOUND2,DEP-59",
            "ACT-X-LONE,DEP-75");
        Write("synthetic/relationships/PARTICIPATES_IN.csv",
            ":START_ID,:END_ID,role",
            "ACT-X-COMP1,ALL-X-1,INITIATOR",
            "ACT-X-ASSO1,ALL-X-1,OPERATOR",
            "ACT-X-FOUND1,ALL-X-1,FUNDER",
            "ACT-X-COMP1,ALL-X-2,PARTNER",
            "ACT-X-ASSO1,ALL-X-2,INITIATOR",
            "ACT-X-FOUND1,ALL-X-3,FUNDER",
            "ACT-X-COMP2,ALL-X-3,PARTNER",
            "ACT-X-COMP2,ALL-X-4,INITIATOR",
            "ACT-X-ASSO2,ALL-X-4,OPERATOR",
            "ACT-X-FOUND2,ALL-X-4,FUNDER",
            "ACT-X-COMP2,ALL-X-5,PARTNER",
            "ACT-X-ASSO2,ALL-X-5,OPERATOR");
    }

    public string Root => root.FullName;

    public void Dispose() => root.Delete(recursive: true);

    private void Write(string relativePath, params string[] lines)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, lines);
    }
}
