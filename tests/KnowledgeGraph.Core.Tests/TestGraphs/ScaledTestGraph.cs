using System.Globalization;

namespace KnowledgeGraph.Core.Tests.TestGraphs;

/// <summary>
/// A deterministic graph at a multiple of the reference scale (650 alliances per unit): France, 18 regions,
/// 101 departments, 20 communes each; actors based in communes; alliances located in one or two territories with
/// two to six participants. For timing the stores on realistic sizes, not a substitute for the seed generator.
/// </summary>
public static class ScaledTestGraph
{
    private static readonly string[] Regions = ["01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94"];
    private static readonly string[] Kinds = ["COMPANY", "COMPANY", "COMPANY", "ASSOCIATION", "ASSOCIATION", "ASSOCIATION", "FOUNDATION", "LOCAL_AUTHORITY", "PUBLIC_INSTITUTION", "SOCIAL_ECONOMY"];
    private static readonly string[] Categories = ["RESPONSIBLE_PRACTICES", "ECONOMIC_COOPERATION", "SOCIETAL_INNOVATION", "PATRONAGE"];
    private static readonly string[] Roles = ["INITIATOR", "PARTNER", "FUNDER", "OPERATOR", "EVALUATOR"];
    private static readonly string[] Words = ["Île", "Société", "Œuvre", "Énergie", "Solidaire", "Territoire", "Avenir", "Réseau", "Jeunesse", "Santé"];

    public static TestGraph Build(int scale, int seed = 17)
    {
        var random = new Random(seed);
        var graph = new TestGraph().Territory("FR", "France", "COUNTRY");
        var departments = DepartmentCodes().ToArray();
        var communes = new List<string>();
        for (var r = 0; r < Regions.Length; r++)
        {
            graph.Territory($"REG-{Regions[r]}", $"Région {Regions[r]}", "REGION", parent: "FR");
        }

        for (var d = 0; d < departments.Length; d++)
        {
            var dep = departments[d];
            graph.Territory($"DEP-{dep}", $"Département {dep}", "DEPARTMENT", parent: $"REG-{Regions[d % Regions.Length]}");
            for (var c = 0; c < 20; c++)
            {
                var commune = dep.Length == 3 ? $"COM-{dep}{c:D2}" : $"COM-{dep}{c:D3}";
                graph.Territory(commune, $"Commune {commune[4..]}", "COMMUNE", parent: $"DEP-{dep}");
                communes.Add(commune);
            }
        }

        var actorCount = 400 * scale;
        for (var a = 0; a < actorCount; a++)
        {
            var id = Id("ACT", a);
            graph.Actor(id, $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} {a}", Kinds[random.Next(Kinds.Length)],
                ("foundedYear", random.Next(3) == 0 ? null : 1900 + random.Next(120)));
            graph.Based(id, communes[random.Next(communes.Count)]);
        }

        for (var n = 0; n < 650 * scale; n++)
        {
            var id = Id("ALL", n);
            graph.Alliance(id, $"Alliance {Words[random.Next(Words.Length)]} {n}", Categories[random.Next(Categories.Length)],
                ("startYear", 2008 + random.Next(15)));
            graph.Located(id, random.Next(3) switch
            {
                0 => $"REG-{Regions[random.Next(Regions.Length)]}",
                1 => $"DEP-{departments[random.Next(departments.Length)]}",
                _ => communes[random.Next(communes.Count)],
            });
            var participants = Enumerable.Range(0, 2 + random.Next(5)).Select(_ => random.Next(actorCount)).Distinct();
            foreach (var actor in participants)
            {
                graph.Participates(Id("ACT", actor), id, Roles[random.Next(Roles.Length)], 2008 + random.Next(15));
            }
        }

        return graph;
    }

    private static string Id(string prefix, int n) => $"{prefix}-{n.ToString("D7", CultureInfo.InvariantCulture)}";

    private static IEnumerable<string> DepartmentCodes() =>
        Enumerable.Range(1, 95).Where(n => n != 20).Select(n => n.ToString("D2", CultureInfo.InvariantCulture))
            .Concat(["2A", "2B", "971", "972", "973", "974", "976"]);
}
