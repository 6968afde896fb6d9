using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Seed;

namespace KnowledgeGraph.Core.Tests.Seed;

/// <summary>A small valid seed set ("a") that error tests break one file at a time.</summary>
internal static class SeedTestData
{
    public static readonly string[] Territories =
    [
        "id:ID,name,level,inseeCode,source",
        "FR,France,COUNTRY,,CURATED",
        "REG-76,Occitanie,REGION,76,CURATED",
        "DEP-34,Hérault,DEPARTMENT,34,CURATED",
    ];

    public static readonly string[] Actors =
    [
        "id:ID,name,kind,size,employer:boolean,economicModel,foundedYear:int,website,description,source",
        "ACT-GARONNE,Garonne Numérique SAS,COMPANY,SMALL_MEDIUM,,,2011,https://garonne.example,,SYNTHETIC",
        "ACT-JARDINS,Association Jardins Solidaires de l'Hérault,ASSOCIATION,,true,SOCIAL_UTILITY,1998,,\"Jardins, insertion",
        "et \"\"circuits courts\"\"\",SYNTHETIC",
    ];

    public static readonly string[] Alliances =
    [
        "id:ID,name,category,objectives:string[],impacts:string[],phase,scale,startYear:int,endYear:int,description,source",
        "ALL-1,Potagers connectés,SOCIETAL_INNOVATION,ACCELERATE_SOCIETAL_INNOVATION;CO_BUILD_TERRITORIAL_SOLUTIONS,INNOVATION,EXPERIMENTATION,LOCAL,2016,,,SYNTHETIC",
    ];

    public static readonly string[] Sdgs = ["id:ID,number:int,name,description,source", "SDG-17,17,Partenariats,,CURATED"];

    public static readonly string[] Targets = ["id:ID,code,title,theme,source", "SDG-17.17,17.17,Partenariats public-privé,SYSTEMIC_ISSUES,CURATED"];

    public static readonly string[] Findings = ["id:ID,statement,value:float,unit,population,year:int,source", "FND-1,92% des maires,0.92,percent,maires,2019,CURATED"];

    public static readonly string[] ParticipatesIn =
        [":START_ID,:END_ID,role,since:int", "ACT-GARONNE,ALL-1,INITIATOR,2016", "ACT-JARDINS,ALL-1,PARTNER,"];

    public static readonly string[] ContributesTo = [":START_ID,:END_ID", "ALL-1,SDG-17", "ALL-1,SDG-17.17"];

    public static readonly string[] PartOf = [":START_ID,:END_ID", "DEP-34,REG-76", "REG-76,FR"];

    public static TempSeedRoot ValidSet(TempSeedRoot root, string set = "a") => root
        .Write($"{set}/nodes/Territory.csv", Territories)
        .Write($"{set}/nodes/Actor.csv", Actors)
        .Write($"{set}/nodes/Alliance.csv", Alliances)
        .Write($"{set}/nodes/Sdg.csv", Sdgs)
        .Write($"{set}/nodes/SdgTarget.csv", Targets)
        .Write($"{set}/nodes/Finding.csv", Findings)
        .Write($"{set}/relationships/PARTICIPATES_IN.csv", ParticipatesIn)
        .Write($"{set}/relationships/CONTRIBUTES_TO.csv", ContributesTo)
        .Write($"{set}/relationships/PART_OF.csv", PartOf);

    public static Task<GraphData> LoadAsync(TempSeedRoot root, params string[] sets) =>
        new SeedLoader(KnowledgeGraphSchema.Instance).LoadAsync(sets.Select(root.Set).ToList(), CancellationToken.None);

    public static async Task<IReadOnlyList<SeedError>> ErrorsAsync(TempSeedRoot root, params string[] sets)
    {
        var exception = await Assert.ThrowsAsync<SeedValidationException>(() => LoadAsync(root, sets));
        return exception.Errors;
    }
}
