namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>
/// A seed root of the flagship test's own: the real territories (curated Territory.csv and PART_OF.csv, copied) and a
/// few actors and alliances whose answer to the flagship question is known: three companies, plus decoys that each
/// miss one condition (another region, no association, another category, not a company).
/// </summary>
public sealed class FlagshipSeed : IDisposable
{
    /// <summary>The companies the flagship query must return, in its order (name ASC, accent and case insensitive).</summary>
    public static readonly string[] ExpectedCompanies = ["alpha Solutions", "Béton Vert", "Zèbre Conseil"];

    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("kg-flagship-seed-");

    public string Root => root.FullName;

    public FlagshipSeed(string repositorySeedRoot)
    {
        var curated = Path.Combine(repositorySeedRoot, "curated");
        Write("curated/nodes/Territory.csv", File.ReadAllLines(Path.Combine(curated, "nodes", "Territory.csv")));
        Write("curated/relationships/PART_OF.csv", File.ReadAllLines(Path.Combine(curated, "relationships", "PART_OF.csv")));
        Write("synthetic/nodes/Actor.csv",
            "id:ID,name,kind,source",
            "ACT-T-ZEBRE,Zèbre Conseil,COMPANY,SYNTHETIC",
            "ACT-T-ALPHA,alpha Solutions,COMPANY,SYNTHETIC",
            "ACT-T-BETON,Béton Vert,COMPANY,SYNTHETIC",
            "ACT-T-PARIS,Aaa Paris SA,COMPANY,SYNTHETIC",
            "ACT-T-ONLYCO,Aab Industrie,COMPANY,SYNTHETIC",
            "ACT-T-MECENE,Aac Mécène,COMPANY,SYNTHETIC",
            "ACT-T-ASSO,Asso Occitane,ASSOCIATION,SYNTHETIC",
            "ACT-T-ASSO2,Asso Francilienne,ASSOCIATION,SYNTHETIC");
        Write("synthetic/nodes/Alliance.csv",
            "id:ID,name,category,source",
            "ALL-T-HERAULT,Alliance Hérault,SOCIETAL_INNOVATION,SYNTHETIC",
            "ALL-T-OCCITANIE,Alliance Occitanie,SOCIETAL_INNOVATION,SYNTHETIC",
            "ALL-T-PARIS,Alliance Paris,SOCIETAL_INNOVATION,SYNTHETIC",
            "ALL-T-COMPANIES,Club Entreprises,SOCIETAL_INNOVATION,SYNTHETIC",
            "ALL-T-PATRONAGE,Mécénat Occitanie,PATRONAGE,SYNTHETIC");
        Write("synthetic/relationships/LOCATED_IN.csv",
            ":START_ID,:END_ID",
            "ALL-T-HERAULT,DEP-34",
            "ALL-T-OCCITANIE,REG-76",
            "ALL-T-PARIS,DEP-75",
            "ALL-T-COMPANIES,DEP-34",
            "ALL-T-PATRONAGE,DEP-34");
        Write("synthetic/relationships/PARTICIPATES_IN.csv",
            ":START_ID,:END_ID,role",
            "ACT-T-ZEBRE,ALL-T-HERAULT,INITIATOR",
            "ACT-T-ALPHA,ALL-T-HERAULT,FUNDER",
            "ACT-T-ASSO,ALL-T-HERAULT,OPERATOR",
            "ACT-T-BETON,ALL-T-OCCITANIE,PARTNER",
            "ACT-T-ASSO,ALL-T-OCCITANIE,INITIATOR",
            "ACT-T-PARIS,ALL-T-PARIS,FUNDER",
            "ACT-T-ASSO2,ALL-T-PARIS,OPERATOR",
            "ACT-T-ONLYCO,ALL-T-COMPANIES,INITIATOR",
            "ACT-T-ZEBRE,ALL-T-COMPANIES,PARTNER",
            "ACT-T-MECENE,ALL-T-PATRONAGE,FUNDER",
            "ACT-T-ASSO,ALL-T-PATRONAGE,OPERATOR");
    }

    public void Dispose() => root.Delete(recursive: true);

    private void Write(string relativePath, params string[] lines)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, lines);
    }
}
