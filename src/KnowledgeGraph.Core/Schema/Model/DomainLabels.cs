using System.Text.RegularExpressions;
using static KnowledgeGraph.Core.Schema.PropertyDef;

namespace KnowledgeGraph.Core.Schema.Model;

/// <summary>The node labels of the domain. Every label has <c>id</c> and <c>source</c>; ids are unique across labels.</summary>
public static partial class DomainLabels
{
    public static readonly LabelDef Actor = Label("Actor", "actors", ActorId(), "ACT-LE-RAMEAU", "name",
        Bilingual.Text("Un acteur : une organisation (entreprise, association, fondation, collectivité territoriale, institution publique, organisme de recherche ou entreprise de l'ESS).", "An organisation: company, association, foundation, local authority, public institution, research body or social-economy enterprise."),
        TextProperty("name", Bilingual.Text("Le nom de l'organisation.", "The organisation's name."), required: true),
        EnumProperty("kind", DomainEnums.ActorKind, Bilingual.Text("Le monde auquel l'organisation appartient.", "The world the organisation belongs to."), required: true),
        EnumProperty("size", DomainEnums.CompanySize, Bilingual.Text("Pour une entreprise : TPE, PME, ETI ou grand groupe.", "For companies: TPE, PME, ETI or large group.")),
        BoolProperty("employer", Bilingual.Text("Pour une association : si elle emploie des salariés (9 sur 10 n'ont que des bénévoles).", "For associations: whether it employs staff (9 in 10 are volunteer-only).")),
        EnumProperty("economicModel", DomainEnums.EconomicModel, Bilingual.Text("Pour une association : intérêt général ou utilité sociale.", "For associations: general interest or social utility.")),
        IntProperty("foundedYear", Bilingual.Text("L'année de création de l'organisation.", "The year the organisation was founded.")),
        TextProperty("website", Bilingual.Text("Le site web de l'organisation.", "The organisation's website.")),
        TextProperty("description", Bilingual.Text("Ce que fait l'organisation.", "What the organisation does.")));

    public static readonly LabelDef Alliance = Label("Alliance", "alliances", AllianceId(), "ALL-ODD17", "name",
        Bilingual.Text("Une alliance : une dynamique de partenariat entre deux acteurs ou plus.", "A partnership dynamic between two or more actors."),
        TextProperty("name", Bilingual.Text("Le nom de l'alliance ou du programme.", "The alliance's or programme's name."), required: true),
        EnumProperty("category", DomainEnums.AllianceCategory, Bilingual.Text("Sa catégorie de partenariat (dont le mécénat).", "Its partnership category."), required: true),
        EnumListProperty("objectives", DomainEnums.AllianceObjective, Bilingual.Text("Pourquoi elle a été formée (ses objectifs).", "Why it was formed.")),
        EnumListProperty("impacts", DomainEnums.Impact, Bilingual.Text("Ce qu'elle change (ses impacts).", "What it changes.")),
        EnumProperty("phase", DomainEnums.InnovationPhase, Bilingual.Text("Où elle en est dans le processus d'innovation sociétale.", "Where it stands in the societal innovation process.")),
        EnumProperty("scale", DomainEnums.Scale, Bilingual.Text("L'échelle géographique à laquelle elle agit.", "The geographic scale it works at.")),
        IntProperty("startYear", Bilingual.Text("L'année où elle a commencé.", "The year it started.")),
        IntProperty("endYear", Bilingual.Text("L'année où elle a pris fin, le cas échéant.", "The year it ended, if it has.")),
        TextProperty("description", Bilingual.Text("Ce que fait l'alliance.", "What the alliance does.")));

    public static readonly LabelDef Territory = Label("Territory", "territories", TerritoryId(), "REG-76", "name",
        Bilingual.Text("Un territoire administratif : le pays, une région, un département, une intercommunalité (EPCI) ou une commune (codes INSEE).", "An administrative area: the country, a region, a department, an EPCI or a commune (INSEE codes)."),
        TextProperty("name", Bilingual.Text("Le nom officiel.", "The official name of the territory."), required: true),
        EnumProperty("level", DomainEnums.TerritoryLevel, Bilingual.Text("Son niveau administratif.", "Its administrative level."), required: true),
        TextProperty("inseeCode", Bilingual.Text("Le code INSEE (ou SIREN pour un EPCI).", "The INSEE (or SIREN for an EPCI) code.")));

    public static readonly LabelDef Domain = Label("Domain", "domains", DomainId(), "DOM-HEALTH-SOCIAL", "name",
        Bilingual.Text("Un domaine d'action : santé et social, insertion économique, environnement, sport, culture, éducation…", "A field of action: health and social, economic inclusion, environment, sport, culture, education…"),
        TextProperty("name", Bilingual.Text("Le nom du domaine.", "The field's name."), required: true),
        TextProperty("description", Bilingual.Text("Ce que couvre le domaine.", "What the field covers.")));

    public static readonly LabelDef Sdg = Label("Sdg", "sdgs", SdgId(), "SDG-17", "name",
        Bilingual.Text("L'un des 17 Objectifs de développement durable (ODD) de l'ONU.", "One of the 17 UN Sustainable Development Goals (ODD)."),
        IntProperty("number", Bilingual.Text("Le numéro de l'objectif, de 1 à 17.", "The goal's number, 1 to 17."), required: true),
        TextProperty("name", Bilingual.Text("Le nom court de l'objectif.", "The goal's short name."), required: true),
        TextProperty("description", Bilingual.Text("L'énoncé complet de l'objectif.", "The goal's full statement.")));

    public static readonly LabelDef SdgTarget = Label("SdgTarget", "sdgTargets", SdgTargetId(), "SDG-17.17", "title",
        Bilingual.Text("Une cible d'un Objectif de développement durable (les 19 cibles de l'ODD 17).", "A target of a Sustainable Development Goal (all 19 of SDG 17)."),
        TextProperty("code", Bilingual.Text("Le code de la cible, par exemple 17.17.", "The target's code, e.g. 17.17."), required: true),
        TextProperty("title", Bilingual.Text("L'énoncé de la cible.", "The target's statement."), required: true),
        EnumProperty("theme", DomainEnums.SdgTheme, Bilingual.Text("Le thème sous lequel la cible est regroupée.", "The theme the target is grouped under.")));

    public static readonly LabelDef Network = Label("Network", "networks", NetworkId(), "NET-PIONNIERS", "name",
        Bilingual.Text("Un réseau : une fédération, un réseau national, un club, une plateforme ou un écosystème territorial.", "A federation, a national network, a club, a platform or a territorial ecosystem."),
        TextProperty("name", Bilingual.Text("Le nom du réseau.", "The network's name."), required: true),
        EnumProperty("kind", DomainEnums.NetworkKind, Bilingual.Text("Le type de collectif qu'il est.", "What kind of collective it is."), required: true),
        IntProperty("foundedYear", Bilingual.Text("L'année de sa création.", "The year it was founded.")),
        TextProperty("website", Bilingual.Text("Son site web.", "Its website.")),
        TextProperty("description", Bilingual.Text("Ce qu'il fait.", "What it does (its mission).")));

    public static readonly LabelDef Catalyst = Label("Catalyst", "catalysts", CatalystId(), "CAT-FONDATION-TERRITOIRES", "name",
        Bilingual.Text("Un catalyseur territorial, qui anime un écosystème d'acteurs sur son territoire.", "A territorial catalyst (catalyseur territorial) that animates an ecosystem."),
        TextProperty("name", Bilingual.Text("Le nom du catalyseur.", "The catalyst's name."), required: true),
        EnumProperty("kind", DomainEnums.CatalystKind, Bilingual.Text("Une organisation ou une personne.", "An organisation or a person."), required: true),
        IntProperty("since", Bilingual.Text("L'année où il a commencé à jouer ce rôle de catalyseur.", "The year it started catalysing.")),
        EnumListProperty("levers", DomainEnums.SupportLever, Bilingual.Text("Les leviers de soutien qu'il utilise.", "The support levers it uses.")),
        TextProperty("description", Bilingual.Text("Ce qu'il fait.", "What it does (its mission).")));

    public static readonly LabelDef Study = Label("Study", "studies", StudyId(), "STU-IMPACT-2019", "title",
        Bilingual.Text("Une enquête ou une étude, qui a produit des résultats chiffrés.", "A survey or study that produced findings."),
        TextProperty("title", Bilingual.Text("Le titre de l'étude.", "The study's title."), required: true),
        TextProperty("publisher", Bilingual.Text("Qui l'a publiée.", "Who published it.")),
        IntProperty("year", Bilingual.Text("L'année de sa publication.", "The year it was published.")),
        TextProperty("url", Bilingual.Text("Où la lire (adresse web).", "Where to read it.")));

    public static readonly LabelDef Finding = Label("Finding", "findings", FindingId(), "FND-MAYORS-COLLECTIVE", "statement",
        Bilingual.Text("Un chiffre mesuré par une étude.", "One measured figure of a study."),
        TextProperty("statement", Bilingual.Text("Le résultat en une phrase.", "The finding in one sentence."), required: true),
        FloatProperty("value", Bilingual.Text("La valeur mesurée.", "The measured value.")),
        TextProperty("unit", Bilingual.Text("L'unité de la valeur (pourcentage, nombre, euros…).", "The unit of the value (percent, count, EUR…).")),
        TextProperty("population", Bilingual.Text("Qui a été mesuré (les Français, les maires, les dirigeants d'entreprise…).", "Who was measured (French people, mayors, business leaders…).")),
        IntProperty("year", Bilingual.Text("L'année de la mesure.", "The year of the measure.")));

    public static IReadOnlyList<LabelDef> All { get; } =
        [Actor, Alliance, Territory, Domain, Sdg, SdgTarget, Network, Catalyst, Study, Finding];

    private static LabelDef Label(string name, string collection, Regex idPattern, string idExample, string display,
        string description, params PropertyDef[] properties) =>
        new(name, collection, idPattern, idExample, display,
            [
                new PropertyDef(GraphSchema.IdProperty, ValueKind.String, Bilingual.Text("L'identifiant stable, unique dans tout le graphe.", "The stable identifier, unique across the graph."), IsRequired: true),
                .. properties,
                new PropertyDef(GraphSchema.SourceProperty, ValueKind.String,
                    Bilingual.Text("D'où vient l'enregistrement : CURATED (les sources), SYNTHETIC (généré) ou le nom d'un import.", "Where the record comes from: CURATED (the source material), SYNTHETIC (generated) or an importer's name."),
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
