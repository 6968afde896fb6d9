using System.Text.RegularExpressions;
using static KnowledgeGraph.Core.Schema.PropertyDef;

namespace KnowledgeGraph.Core.Schema.Model;

/// <summary>The node labels of the domain. Every label has <c>id</c> and <c>source</c>; ids are unique across labels.</summary>
public static partial class DomainLabels
{
    public static readonly LabelDef Actor = Label("Actor", "actors", ActorId(), "ACT-LE-RAMEAU", "name",
        "An organisation: company, association, foundation, local authority, public institution, research body or social-economy enterprise.",
        TextProperty("name", "The organisation's name.", required: true),
        EnumProperty("kind", DomainEnums.ActorKind, "The world the organisation belongs to.", required: true),
        EnumProperty("size", DomainEnums.CompanySize, "For companies: TPE, PME, ETI or large group."),
        BoolProperty("employer", "For associations: whether it employs staff (9 in 10 are volunteer-only)."),
        EnumProperty("economicModel", DomainEnums.EconomicModel, "For associations: general interest or social utility."),
        IntProperty("foundedYear", "The year the organisation was founded."),
        TextProperty("website", "The organisation's website."),
        TextProperty("description", "What the organisation does."));

    public static readonly LabelDef Alliance = Label("Alliance", "alliances", AllianceId(), "ALL-ODD17", "name",
        "A partnership dynamic between two or more actors.",
        TextProperty("name", "The alliance's or programme's name.", required: true),
        EnumProperty("category", DomainEnums.AllianceCategory, "Its partnership category.", required: true),
        EnumListProperty("objectives", DomainEnums.AllianceObjective, "Why it was formed."),
        EnumListProperty("impacts", DomainEnums.Impact, "What it changes."),
        EnumProperty("phase", DomainEnums.InnovationPhase, "Where it stands in the societal innovation process."),
        EnumProperty("scale", DomainEnums.Scale, "The geographic scale it works at."),
        IntProperty("startYear", "The year it started."),
        IntProperty("endYear", "The year it ended, if it has."),
        TextProperty("description", "What the alliance does."));

    public static readonly LabelDef Territory = Label("Territory", "territories", TerritoryId(), "REG-76", "name",
        "An administrative area: the country, a region, a department, an EPCI or a commune (INSEE codes).",
        TextProperty("name", "The official name.", required: true),
        EnumProperty("level", DomainEnums.TerritoryLevel, "Its administrative level.", required: true),
        TextProperty("inseeCode", "The INSEE (or SIREN for an EPCI) code."));

    public static readonly LabelDef Domain = Label("Domain", "domains", DomainId(), "DOM-HEALTH-SOCIAL", "name",
        "A field of action: health and social, economic inclusion, environment, sport, culture, education…",
        TextProperty("name", "The field's name.", required: true),
        TextProperty("description", "What the field covers."));

    public static readonly LabelDef Sdg = Label("Sdg", "sdgs", SdgId(), "SDG-17", "name",
        "One of the 17 UN Sustainable Development Goals (ODD).",
        IntProperty("number", "The goal's number, 1 to 17.", required: true),
        TextProperty("name", "The goal's short name.", required: true),
        TextProperty("description", "The goal's full statement."));

    public static readonly LabelDef SdgTarget = Label("SdgTarget", "sdgTargets", SdgTargetId(), "SDG-17.17", "title",
        "A target of a Sustainable Development Goal (all 19 of SDG 17).",
        TextProperty("code", "The target's code, e.g. 17.17.", required: true),
        TextProperty("title", "The target's statement.", required: true),
        EnumProperty("theme", DomainEnums.SdgTheme, "The theme the target is grouped under."));

    public static readonly LabelDef Network = Label("Network", "networks", NetworkId(), "NET-PIONNIERS", "name",
        "A federation, a national network, a club, a platform or a territorial ecosystem.",
        TextProperty("name", "The network's name.", required: true),
        EnumProperty("kind", DomainEnums.NetworkKind, "What kind of collective it is.", required: true),
        IntProperty("foundedYear", "The year it was founded."),
        TextProperty("website", "Its website."),
        TextProperty("description", "What it does."));

    public static readonly LabelDef Catalyst = Label("Catalyst", "catalysts", CatalystId(), "CAT-FONDATION-TERRITOIRES", "name",
        "A territorial catalyst (catalyseur territorial) that animates an ecosystem.",
        TextProperty("name", "The catalyst's name.", required: true),
        EnumProperty("kind", DomainEnums.CatalystKind, "An organisation or a person.", required: true),
        IntProperty("since", "The year it started catalysing."),
        EnumListProperty("levers", DomainEnums.SupportLever, "The support levers it uses."),
        TextProperty("description", "What it does."));

    public static readonly LabelDef Study = Label("Study", "studies", StudyId(), "STU-IMPACT-2019", "title",
        "A survey or study that produced findings.",
        TextProperty("title", "The study's title.", required: true),
        TextProperty("publisher", "Who published it."),
        IntProperty("year", "The year it was published."),
        TextProperty("url", "Where to read it."));

    public static readonly LabelDef Finding = Label("Finding", "findings", FindingId(), "FND-MAYORS-COLLECTIVE", "statement",
        "One measured figure of a study.",
        TextProperty("statement", "The finding in one sentence.", required: true),
        FloatProperty("value", "The measured value."),
        TextProperty("unit", "The unit of the value (percent, count, EUR…)."),
        TextProperty("population", "Who was measured (French people, mayors, business leaders…)."),
        IntProperty("year", "The year of the measure."));

    public static IReadOnlyList<LabelDef> All { get; } =
        [Actor, Alliance, Territory, Domain, Sdg, SdgTarget, Network, Catalyst, Study, Finding];

    private static LabelDef Label(string name, string collection, Regex idPattern, string idExample, string display,
        string description, params PropertyDef[] properties) =>
        new(name, collection, idPattern, idExample, display,
            [
                new PropertyDef(GraphSchema.IdProperty, ValueKind.String, "The stable identifier, unique across the graph.", IsRequired: true),
                .. properties,
                new PropertyDef(GraphSchema.SourceProperty, ValueKind.String,
                    "Where the record comes from: CURATED (the source material), SYNTHETIC (generated) or an importer's name.",
                    IsRequired: true),
            ],
            description);

    [GeneratedRegex("^ACT-[A-Z0-9][A-Z0-9-]*$")] private static partial Regex ActorId();
    [GeneratedRegex("^ALL-[A-Z0-9][A-Z0-9-]*$")] private static partial Regex AllianceId();
    [GeneratedRegex("^(FR|REG-[0-9]{2}|DEP-([0-9]{2,3}|2A|2B)|EPCI-[0-9]{9}|COM-[0-9][0-9AB][0-9]{3})$")] private static partial Regex TerritoryId();
    [GeneratedRegex("^DOM-[A-Z0-9][A-Z0-9-]*$")] private static partial Regex DomainId();
    [GeneratedRegex("^SDG-[0-9]{1,2}$")] private static partial Regex SdgId();
    [GeneratedRegex(@"^SDG-[0-9]{1,2}\.[0-9a-z]{1,2}$")] private static partial Regex SdgTargetId();
    [GeneratedRegex("^NET-[A-Z0-9][A-Z0-9-]*$")] private static partial Regex NetworkId();
    [GeneratedRegex("^CAT-[A-Z0-9][A-Z0-9-]*$")] private static partial Regex CatalystId();
    [GeneratedRegex("^STU-[A-Z0-9][A-Z0-9-]*$")] private static partial Regex StudyId();
    [GeneratedRegex("^FND-[A-Z0-9][A-Z0-9-]*$")] private static partial Regex FindingId();
}
