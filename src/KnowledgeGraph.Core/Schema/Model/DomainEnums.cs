
namespace KnowledgeGraph.Core.Schema.Model;

/// <summary>The closed vocabularies of the "faire alliance" domain (domain-model.md), described in French then English.</summary>
public static class DomainEnums
{
    public static readonly EnumDef ActorKind = Enum("ActorKind",
        Bilingual.Text("Le monde auquel une organisation appartient.", "The world an organisation belongs to."),
        ("COMPANY", "Une entreprise, de la TPE au grand groupe.", "A company, from a micro-enterprise to a large group."),
        ("ASSOCIATION", "Une association (loi 1901), employeuse ou non.", "An association (French 1901 law), with or without staff."),
        ("FOUNDATION", "Une fondation ou un fonds de dotation : souvent le mécénat.", "A foundation or an endowment fund: often the patronage (mécénat) side."),
        ("LOCAL_AUTHORITY", "Une collectivité territoriale : commune, intercommunalité, département, région.", "A local authority: a commune, an EPCI, a department or a region."),
        ("PUBLIC_INSTITUTION", "Une institution ou un établissement public (État, agences, services publics).", "A public institution or body (the State, its agencies, public services)."),
        ("RESEARCH", "Un organisme de recherche ou d'enseignement supérieur.", "A research body or a university."),
        ("SOCIAL_ECONOMY", "Une entreprise de l'économie sociale et solidaire (ESS) : coopérative, mutuelle, entreprise d'insertion…", "A social-economy enterprise (ESS): a cooperative, a mutual, a work-integration enterprise…"));

    public static readonly EnumDef CompanySize = Enum("CompanySize",
        Bilingual.Text("La taille d'une entreprise : TPE, PME, ETI ou grand groupe.", "The size of a company: TPE (micro), PME (small/medium), ETI (mid-cap) or large group."),
        ("MICRO", "Une TPE (très petite entreprise) : moins de 10 salariés.", "A micro-enterprise (TPE): fewer than 10 employees."),
        ("SMALL_MEDIUM", "Une PME (petite ou moyenne entreprise) : moins de 250 salariés.", "A small or medium-sized enterprise (PME): fewer than 250 employees."),
        ("MID_CAP", "Une ETI (entreprise de taille intermédiaire) : moins de 5 000 salariés.", "A mid-cap (ETI): fewer than 5,000 employees."),
        ("LARGE", "Un grand groupe : 5 000 salariés ou plus.", "A large group: 5,000 employees or more."));

    public static readonly EnumDef EconomicModel = Enum("EconomicModel",
        Bilingual.Text("Le modèle économique d'une association.", "The economic model of an association."),
        ("GENERAL_INTEREST", "D'intérêt général : elle peut recevoir des dons et du mécénat défiscalisés.", "Of general interest: it may receive tax-deductible gifts and patronage."),
        ("SOCIAL_UTILITY", "D'utilité sociale : elle sert des publics fragiles ou un territoire, souvent en vendant ses services.", "Of social utility: it serves vulnerable people or a territory, often by selling its services."));

    public static readonly EnumDef AllianceCategory = Enum("AllianceCategory",
        Bilingual.Text("Les quatre catégories de partenariat de la typologie de 2011.", "The four partnership categories of the 2011 typology."),
        ("RESPONSIBLE_PRACTICES", "Des pratiques responsables : l'association aide l'entreprise à changer ses pratiques (RSE, achats, ressources humaines).", "Responsible practices: the association helps the company change how it works (CSR, purchasing, human resources)."),
        ("ECONOMIC_COOPERATION", "Une coopération économique : une relation commerciale ou de co-traitance entre les partenaires.", "Economic cooperation: a business or co-contracting relationship between the partners."),
        ("SOCIETAL_INNOVATION", "Une innovation sociétale : la co-construction d'une solution nouvelle à un besoin du territoire.", "Societal innovation: co-building (co-construction) a new answer to a need of the territory."),
        ("PATRONAGE", "Le mécénat : un soutien en argent, en nature ou en compétences, sans contrepartie équivalente.", "Patronage (mécénat): support in money, in kind or in skills, with no equivalent return."));

    public static readonly EnumDef AllianceObjective = Enum("AllianceObjective",
        Bilingual.Text("Les quatre objectifs qui expliquent pourquoi les alliances se développent.", "The four objectives that explain why alliances develop."),
        ("BALANCE_PERFORMANCE_ENGAGEMENT", "Concilier la performance et l'engagement des organisations.", "Balance the performance and the engagement of organisations."),
        ("HYBRIDISE_ECONOMIC_MODEL", "Hybrider le modèle économique (ressources publiques, privées et marchandes).", "Hybridise the economic model (public, private and market resources)."),
        ("ACCELERATE_SOCIETAL_INNOVATION", "Accélérer l'innovation sociétale.", "Accelerate societal innovation in the territories."),
        ("CO_BUILD_TERRITORIAL_SOLUTIONS", "Co-construire des solutions pour le territoire (co-construction territoriale).", "Co-build solutions for the territory (territorial co-construction)."));

    public static readonly EnumDef Impact = Enum("Impact",
        Bilingual.Text("Les trois impacts des alliances : la performance des organisations, l'innovation territoriale et sociétale, la confiance.",
            "The three impacts of alliances: performance of organisations, territorial and societal innovation, trust."),
        ("PERFORMANCE", "La performance des organisations partenaires.", "The performance of the partner organisations."),
        ("INNOVATION", "L'innovation territoriale et sociétale.", "Territorial and societal innovation."),
        ("TRUST", "La confiance entre les acteurs du territoire.", "Trust between the actors of the territory."));

    public static readonly EnumDef InnovationPhase = Enum("InnovationPhase",
        Bilingual.Text("Les étapes du processus d'innovation sociétale (de la conception à l'essaimage).", "The steps of the societal innovation process (swarming: essaimage)."),
        ("CONCEPTION", "La conception : l'idée et les partenaires se cherchent.", "Conception: the idea and the partners come together."),
        ("EXPERIMENTATION", "L'expérimentation sur un premier territoire.", "Experimentation on a first territory."),
        ("MODELLING", "La modélisation : ce qui marche est décrit pour être repris.", "Modelling: what works is written down so that others can take it up."),
        ("SWARMING", "L'essaimage sur d'autres territoires.", "Swarming (essaimage): spreading to other territories."),
        ("INDUSTRIALISATION", "L'industrialisation : le changement d'échelle.", "Industrialisation: the change of scale."));

    public static readonly EnumDef Scale = Enum("Scale",
        Bilingual.Text("L'échelle géographique à laquelle une alliance agit.", "The geographic scale an alliance works at."),
        ("MICRO_LOCAL", "Le quartier ou le village.", "A neighbourhood or a village."),
        ("LOCAL", "La commune ou l'intercommunalité.", "A commune or an EPCI."),
        ("DEPARTMENTAL", "Le département.", "A department."),
        ("REGIONAL", "La région.", "A region."),
        ("NATIONAL", "La France entière.", "The whole of France."),
        ("EUROPEAN", "L'échelle européenne.", "The European scale."),
        ("INTERNATIONAL", "L'échelle internationale.", "The international scale."));

    public static readonly EnumDef TerritoryLevel = Enum("TerritoryLevel",
        Bilingual.Text("Le niveau administratif d'un territoire.", "The administrative level of a territory."),
        ("COUNTRY", "Le pays : la France.", "The country: France."),
        ("REGION", "Une région (code INSEE à deux chiffres, id `REG-76`).", "A region (two-digit INSEE code, id `REG-76`)."),
        ("DEPARTMENT", "Un département (id `DEP-34`, `DEP-2A`).", "A department (id `DEP-34`, `DEP-2A`)."),
        ("EPCI", "Une intercommunalité (EPCI, code SIREN, id `EPCI-243400017`).", "An EPCI, a grouping of communes (SIREN code, id `EPCI-243400017`)."),
        ("COMMUNE", "Une commune (code INSEE, id `COM-34172`).", "A commune (INSEE code, id `COM-34172`)."));

    public static readonly EnumDef SdgTheme = Enum("SdgTheme",
        Bilingual.Text("Les thèmes sous lesquels les cibles de l'ODD 17 sont regroupées.", "The themes SDG 17's targets are grouped under."),
        ("FINANCE", "La finance (cibles 17.1 à 17.5).", "Finance (targets 17.1 to 17.5)."),
        ("TECHNOLOGY", "La technologie (cibles 17.6 à 17.8).", "Technology (targets 17.6 to 17.8)."),
        ("CAPACITY_BUILDING", "Le renforcement des capacités (cible 17.9).", "Capacity building in developing countries (target 17.9)."),
        ("TRADE", "Le commerce (cibles 17.10 à 17.12).", "Trade (targets 17.10 to 17.12)."),
        ("SYSTEMIC_ISSUES", "Les questions structurelles : cohérence des politiques, partenariats multi-acteurs, données (cibles 17.13 à 17.19).", "Systemic issues: policy coherence, multi-stakeholder partnerships, data (targets 17.13 to 17.19)."));

    public static readonly EnumDef NetworkKind = Enum("NetworkKind",
        Bilingual.Text("Le type de collectif qu'est un réseau.", "What kind of collective a network is."),
        ("NATIONAL_NETWORK", "Un réseau national.", "A national network."),
        ("FEDERATION", "Une fédération (d'associations, d'entreprises…).", "A federation (of associations, of companies…)."),
        ("LOCAL_CLUB", "Un club local (d'entreprises, de partenaires).", "A local club (of companies, of partners)."),
        ("TERRITORIAL_ECOSYSTEM", "Un écosystème territorial, animé par un catalyseur territorial.", "A territorial ecosystem, animated by a territorial catalyst."),
        ("PLATFORM", "Une plateforme (en ligne ou de mise en relation).", "A platform (online, or for matchmaking)."));

    public static readonly EnumDef CatalystKind = Enum("CatalystKind",
        Bilingual.Text("Si un catalyseur territorial est une organisation ou une personne.", "Whether a territorial catalyst is an organisation or a person."),
        ("ORGANISATION", "Une organisation.", "An organisation."),
        ("PERSON", "Une personne.", "A person."));

    public static readonly EnumDef SupportLever = Enum("SupportLever",
        Bilingual.Text("Les quatre leviers utilisés pour soutenir les alliances.", "The four levers used to support alliances."),
        ("FUNDING", "Le financement des alliances.", "Funding: money for the alliances."),
        ("EXPERTISE_AND_NETWORK", "L'expertise et la mise en réseau.", "Expertise and networking."),
        ("STRATEGY_ADVICE", "Le conseil en stratégie.", "Advice on strategy."),
        ("EVALUATION", "L'évaluation des alliances et de leur impact.", "Evaluation of the alliances and of their impact."));

    public static readonly EnumDef ParticipationRole = Enum("ParticipationRole",
        Bilingual.Text("Le rôle qu'un acteur joue dans une alliance.", "The role an actor plays in an alliance."),
        ("INITIATOR", "L'initiateur : il a lancé l'alliance.", "Initiator: it started the alliance."),
        ("PARTNER", "Un partenaire de l'alliance.", "A partner of the alliance."),
        ("FUNDER", "Un financeur (souvent par le mécénat).", "A funder (often through patronage)."),
        ("OPERATOR", "L'opérateur : il met en œuvre l'action.", "Operator: it carries out the action."),
        ("EVALUATOR", "L'évaluateur : il mesure l'impact.", "Evaluator: it measures the impact."));

    public static IReadOnlyList<EnumDef> All { get; } =
    [
        ActorKind, CompanySize, EconomicModel, AllianceCategory, AllianceObjective, Impact, InnovationPhase, Scale,
        TerritoryLevel, SdgTheme, NetworkKind, CatalystKind, SupportLever, ParticipationRole,
    ];

    private static EnumDef Enum(string name, string description, params (string Value, string French, string English)[] values) =>
        new(name, [.. values.Select(v => v.Value)], description,
            values.ToDictionary(v => v.Value, v => Bilingual.Text(v.French, v.English), StringComparer.Ordinal));
}
