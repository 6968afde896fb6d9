namespace KnowledgeGraph.Equivalence.Tests;

/// <summary>
/// A representative set of read operations over the reference seed: every operator kind, quantifiers, within, order
/// with missing values and accents, paging, nested connections with edge properties, node, search, several roots,
/// and error cases. Each is asked of both stores.
/// </summary>
public static class Operations
{
    private const string Page = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }";

    public static TheoryData<string, string> All => new()
    {
        // Operators by type
        { "id eq", """{ actors(where: { id: { eq: "ACT-ADMICAL" } }) { nodes { id name kind size employer foundedYear website } } }""" },
        { "id in/nin", """{ territories(where: { id: { in: ["REG-76", "DEP-34", "NOPE"], nin: ["DEP-34"] } }) { nodes { id name } } }""" },
        { "string eq is case and accent insensitive", """{ territories(where: { name: { eq: "HERAULT" } }) { nodes { id name } } }""" },
        { "string neq", """{ domains(where: { name: { neq: "culture" } }) { totalCount nodes { id } } }""" },
        { "string contains", """{ actors(where: { name: { contains: "SOLIDAIRE" } }, first: 30) { totalCount nodes { id name } } }""" },
        { "string startsWith", """{ territories(where: { name: { startsWith: "saint" } }, first: 40) { totalCount nodes { id name } } }""" },
        { "string endsWith", """{ territories(where: { name: { endsWith: "ÈRE" } }) { totalCount nodes { id name } } }""" },
        { "string in/nin", """{ territories(where: { name: { in: ["occitanie", "Île-de-France", "BRETAGNE"] } }) { nodes { id name } } }""" },
        { "eq null is missing", """{ actors(where: { size: { eq: null } }, first: 5) { totalCount nodes { id size } } }""" },
        { "neq null is present", """{ alliances(where: { endYear: { neq: null } }) { totalCount nodes { id endYear } } }""" },
        { "int comparisons", """{ actors(where: { foundedYear: { gte: 1990, lt: 2000, neq: 1995 } }, first: 20) { totalCount nodes { id foundedYear } } }""" },
        { "int in/nin", """{ alliances(where: { startYear: { in: [2010, 2012, 2021], nin: [2012] } }) { totalCount nodes { id startYear } } }""" },
        { "float comparisons", """{ findings(where: { value: { gt: 10, lte: 97 } }) { totalCount nodes { id value unit } } }""" },
        { "float eq", """{ findings(where: { value: { eq: 97 } }) { nodes { id value } } }""" },
        { "boolean eq/neq", """{ a: actors(where: { employer: { eq: true } }) { totalCount } b: actors(where: { employer: { neq: true } }) { totalCount } }""" },
        { "enum eq/in/nin", """{ actors(where: { kind: { in: [COMPANY, FOUNDATION], nin: [FOUNDATION] }, size: { neq: LARGE } }, first: 10) { totalCount nodes { id kind size } } }""" },
        { "enum list includes", """{ alliances(where: { impacts: { includes: TRUST } }, first: 10) { totalCount nodes { id impacts } } }""" },
        { "enum list includesAny/All", """{ a: alliances(where: { impacts: { includesAny: [TRUST, INNOVATION] } }) { totalCount } b: alliances(where: { impacts: { includesAll: [TRUST, INNOVATION] } }) { totalCount nodes { id impacts objectives } } }""" },
        { "and/or/not", """{ actors(where: { or: [{ kind: { eq: FOUNDATION } }, { and: [{ kind: { eq: COMPANY } }, { not: { size: { in: [MICRO, SMALL_MEDIUM] } } }] }] }, first: 25) { totalCount nodes { id kind size } } }""" },
        { "not of a missing value", """{ actors(where: { not: { foundedYear: { gt: 2000 } } }, first: 10) { totalCount nodes { id foundedYear } } }""" },
        // Quantifiers and within
        { "some", """{ actors(where: { alliances: { some: { category: { eq: PATRONAGE } } } }, first: 10) { totalCount nodes { id } } }""" },
        { "all (vacuous truth included)", """{ actors(where: { alliances: { all: { scale: { eq: NATIONAL } } } }, first: 10) { totalCount nodes { id } } }""" },
        { "none", """{ networks(where: { members: { none: { kind: { eq: COMPANY } } } }, first: 10) { totalCount nodes { id } } }""" },
        { "single", """{ alliances(where: { participants: { single: { kind: { eq: ASSOCIATION } } } }, first: 10) { totalCount nodes { id } } }""" },
        { "nested quantifiers", """{ actors(where: { alliances: { some: { territories: { some: { within: "REG-76" } }, participants: { all: { kind: { neq: LOCAL_AUTHORITY } } } } } }, first: 10) { totalCount nodes { id } } }""" },
        { "within a region", """{ territories(where: { within: "REG-76" }, first: 20, order: [{ level: ASC }, { name: DESC }]) { totalCount nodes { id name level } } }""" },
        { "single parent filter", """{ territories(where: { parent: { id: { eq: "REG-84" } } }) { nodes { id name parent { id } } } }""" },
        // Territories by name, id in any case, INSEE code (issue 15)
        { "within by name", """{ territories(where: { within: "occitanie" }, first: 20, order: [{ level: ASC }, { name: DESC }]) { totalCount nodes { id name level } } }""" },
        { "within by lower-case id and by INSEE code", """{ a: territories(where: { within: "reg-76" }) { totalCount } b: territories(where: { within: "34" }) { totalCount } }""" },
        { "flagship within by name", """{ actors(where: { kind: { eq: COMPANY }, alliances: { some: { category: { eq: SOCIETAL_INNOVATION }, territories: { some: { within: "Occitanie" } }, participants: { some: { kind: { eq: ASSOCIATION } } } } } }, order: [{ name: ASC }]) { totalCount nodes { id name } } }""" },
        { "ambiguous territory", """{ territories(where: { within: "Vienne" }) { nodes { id } } }""" },
        { "unknown territory", """{ territories(where: { within: "Bretagn" }) { nodes { id } } }""" },
        { "node by lower-case territory id and by name", """{ a: node(id: "reg-76") { id } b: node(id: "Hauts de France") { id } }""" },
        // Punctuation counts as a space (issue 15)
        { "search ignores punctuation", """{ a: search(text: "hauts de france", first: 5) { score node { id } } b: search(text: "saint etienne", first: 5) { score node { id } } c: search(text: "l’Hérault", first: 5) { score node { id } } }""" },
        { "string filters ignore punctuation", """{ a: territories(where: { name: { eq: "ile de france" } }) { nodes { id } } b: territories(where: { name: { startsWith: "saint etienne" } }) { nodes { id } } c: actors(where: { name: { contains: "l’herault" } }, first: 10) { totalCount nodes { id } } }""" },
        // Order
        { "order with missing values ASC", """{ actors(order: [{ foundedYear: ASC }], last: 8) { nodes { id foundedYear } } }""" },
        { "order with missing values DESC", """{ actors(order: [{ size: DESC }, { name: ASC }], first: 12) { nodes { id size name } } }""" },
        { "order by accented names", """{ territories(where: { level: { eq: REGION } }, order: [{ name: ASC }]) { nodes { name } } }""" },
        { "order by several keys in one object", """{ alliances(order: [{ scale: DESC, startYear: ASC }], first: 15) { nodes { id scale startYear } } }""" },
        { "order float", """{ findings(order: [{ value: DESC }]) { nodes { id value } } }""" },
        // Paging
        { "first page", $$"""{ actors(first: 7, order: [{ name: ASC }]) { {{Page}} } }""" },
        { "last page", $$"""{ actors(last: 7, order: [{ name: ASC }]) { {{Page}} } }""" },
        { "default page size", """{ actors { totalCount nodes { id } } }""" },
        // Nested connections and edge properties
        { "nested with edge properties", """{ actors(where: { id: { in: ["ACT-AG2R-LA-MONDIALE", "ACT-S-000001", "ACT-S-000002"] } }) { nodes { id alliances(order: [{ startYear: DESC }]) { totalCount edges { cursor role since node { id name } } } networks { edges { since node { id } } } } } }""" },
        { "nested paged and filtered", """{ territories(where: { id: { eq: "REG-76" } }) { nodes { children(first: 3, order: [{ name: DESC }]) { totalCount pageInfo { hasNextPage endCursor } nodes { id name actors(first: 2) { totalCount nodes { id } } } } } } }""" },
        { "nested last", """{ networks(first: 3) { nodes { id members(last: 2) { totalCount pageInfo { hasPreviousPage hasNextPage } edges { since node { id } } } } } }""" },
        { "deep nesting", """{ sdgs(where: { number: { eq: 17 } }) { nodes { name targets(first: 3) { nodes { code title theme alliances(first: 2) { nodes { name participants(first: 2) { edges { role node { name territories { nodes { name parent { name } } } } } } } } } } } } }""" },
        { "single relationship fields", """{ catalysts(first: 5) { nodes { id actor { id name } } } findings(first: 5) { nodes { id study { title year } } } }""" },
        { "flagship", File.ReadAllText(RepositoryFile("ui/graphiql/examples/flagship.graphql")) },
        // node, search, several roots
        { "node", """{ a: node(id: "REG-76") { id ... on Territory { name level children(first: 2) { nodes { id } } } } b: node(id: "NOPE") { id } }""" },
        { "search", """{ search(text: "solidaire", first: 15) { score node { id ... on Actor { name } ... on Alliance { name } } } }""" },
        { "search with labels", """{ search(text: "occitanie", labels: [TERRITORY, NETWORK], first: 10) { score node { id __typename } } }""" },
        { "several roots", """{ sdgs(first: 2) { nodes { id } } domains { totalCount } t: territories(where: { level: { eq: COUNTRY } }) { nodes { id name } } }""" },
        // Errors
        { "unknown within", """{ territories(where: { within: "REG-99" }) { nodes { id } } }""" },
        { "first too large", """{ actors(first: 5000) { nodes { id } } }""" },
        { "first and last", """{ actors(first: 2, last: 2) { nodes { id } } }""" },
        { "negative first", """{ actors(first: -1) { nodes { id } } }""" },
        { "bad cursor", """{ actors(after: "not-a-cursor") { nodes { id } } }""" },
        { "validation error", """{ actors { nodes { nope } } }""" },
    };

    /// <summary>Every analytics field of the Query root, over the reference seed (each asked with the service's default timeout).</summary>
    public static TheoryData<string, string> Analytics => new()
    {
        { "allianceCounts", """{ byCategory: allianceCounts(by: CATEGORY) { dimension allianceCount unassigned buckets { key label count } } byRegion: allianceCounts(by: REGION, where: { territories: { some: { within: "REG-76" } } }) { allianceCount buckets { key label count } } byKind: allianceCounts(by: ACTOR_KIND) { buckets { key count } } }""" },
        { "allianceCounts cross-tab", """{ regionCategory: allianceCounts(by: [REGION, CATEGORY]) { dimensions allianceCount unassigned rows { keys { dimension key label } count } buckets { key label count } } departments: allianceCounts(by: [DEPARTMENT, CATEGORY, DOMAIN], where: { startYear: { gte: 2015 }, territories: { some: { within: "Occitanie" } } }) { allianceCount unassigned rows { department { key label } category { key } domain { key label } count } } }""" },
        { "coParticipation", """{ all: coParticipation { allianceCount actorCount linkCount graph { directed nodes { id label } edges { source target properties } } } patronage: coParticipation(filter: { categories: [PATRONAGE], within: "REG-11" }) { allianceCount actorCount linkCount } }""" },
        { "shortestPath", """{ a: shortestPath(from: "ACT-AG2R-LA-MONDIALE", to: "ACT-ADMICAL") { length nodes { id label name } relationships { id type source target properties } } b: shortestPath(from: "ACT-AG2R-LA-MONDIALE", to: "REG-76", relationshipTypes: ["PARTICIPATES_IN", "LOCATED_IN", "BASED_IN", "PART_OF"]) { length nodes { id } } }""" },
        { "allShortestPaths", """{ allShortestPaths(from: "ACT-AG2R-LA-MONDIALE", to: "ACT-ADMICAL", first: 25) { truncated paths { length nodes { id } relationships { type source target } } } }""" },
        { "analytics by territory name", """{ closeness: centrality(measure: CLOSENESS, within: "occitanie", top: 10) { rank id score } co: coParticipation(filter: { categories: [PATRONAGE], within: "Île de France" }) { allianceCount actorCount linkCount } counts: allianceCounts(by: CATEGORY, where: { territories: { some: { within: "OCCITANIE" } } }) { allianceCount buckets { key count } } }""" },
        { "centrality", """{ degree: centrality(measure: DEGREE, top: 15) { rank id label name score } betweenness: centrality(measure: BETWEENNESS, top: 10) { rank id score } closeness: centrality(measure: CLOSENESS, within: "REG-76", top: 10) { rank id score } whole: centrality(network: WHOLE_GRAPH, measure: DEGREE, labels: [ALLIANCE, NETWORK], top: 10) { rank id score } }""" },
        { "communities", """{ louvain: communities(top: 20) { modularity communityCount nodeCount communities { index size members { id } } } components: communities(algorithm: CONNECTED_COMPONENTS, top: 10) { communityCount communities { size } } }""" },
        { "neighborhood", """{ neighborhood(ids: ["ACT-AG2R-LA-MONDIALE", "REG-76"], depth: 2, limit: 200) { truncated directed nodes { id label name properties } edges { id type source target properties } } }""" },
    };

    public static string RepositoryFile(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate))
                return candidate;
        }

        throw new FileNotFoundException(relative);
    }
}
