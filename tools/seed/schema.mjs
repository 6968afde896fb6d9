// A copy of the graph schema declared in src/KnowledgeGraph.Core/Schema/Model (DomainEnums, DomainLabels,
// DomainRelationships), used by check-curated.mjs until `kg check` exists. schema-parity.mjs compares the enum
// lists with DomainEnums.cs so that this copy cannot drift silently.

export const enums = {
  ActorKind: ['COMPANY', 'ASSOCIATION', 'FOUNDATION', 'LOCAL_AUTHORITY', 'PUBLIC_INSTITUTION', 'RESEARCH', 'SOCIAL_ECONOMY'],
  CompanySize: ['MICRO', 'SMALL_MEDIUM', 'MID_CAP', 'LARGE'],
  EconomicModel: ['GENERAL_INTEREST', 'SOCIAL_UTILITY'],
  AllianceCategory: ['RESPONSIBLE_PRACTICES', 'ECONOMIC_COOPERATION', 'SOCIETAL_INNOVATION', 'PATRONAGE'],
  AllianceObjective: ['BALANCE_PERFORMANCE_ENGAGEMENT', 'HYBRIDISE_ECONOMIC_MODEL', 'ACCELERATE_SOCIETAL_INNOVATION', 'CO_BUILD_TERRITORIAL_SOLUTIONS'],
  Impact: ['PERFORMANCE', 'INNOVATION', 'TRUST'],
  InnovationPhase: ['CONCEPTION', 'EXPERIMENTATION', 'MODELLING', 'SWARMING', 'INDUSTRIALISATION'],
  Scale: ['MICRO_LOCAL', 'LOCAL', 'DEPARTMENTAL', 'REGIONAL', 'NATIONAL', 'EUROPEAN', 'INTERNATIONAL'],
  TerritoryLevel: ['COUNTRY', 'REGION', 'DEPARTMENT', 'EPCI', 'COMMUNE'],
  SdgTheme: ['FINANCE', 'TECHNOLOGY', 'CAPACITY_BUILDING', 'TRADE', 'SYSTEMIC_ISSUES'],
  NetworkKind: ['NATIONAL_NETWORK', 'FEDERATION', 'LOCAL_CLUB', 'TERRITORIAL_ECOSYSTEM', 'PLATFORM'],
  CatalystKind: ['ORGANISATION', 'PERSON'],
  SupportLever: ['FUNDING', 'EXPERTISE_AND_NETWORK', 'STRATEGY_ADVICE', 'EVALUATION'],
  ParticipationRole: ['INITIATOR', 'PARTNER', 'FUNDER', 'OPERATOR', 'EVALUATOR'],
};

const text = (name, required = false) => ({ name, type: 'string', required });
const int = (name, required = false) => ({ name, type: 'int', required });
const float = (name) => ({ name, type: 'float', required: false });
const bool = (name) => ({ name, type: 'boolean', required: false });
const enumOf = (name, values, required = false) => ({ name, type: 'string', enumName: values, required });
const enumList = (name, values) => ({ name, type: 'string[]', enumName: values, required: false });

const label = (name, idPattern, ...properties) => ({
  name,
  idPattern,
  properties: [{ name: 'id', type: 'ID', required: true }, ...properties, text('source', true)],
});

export const labels = [
  label('Actor', /^ACT-[A-Z0-9][A-Z0-9-]*$/,
    text('name', true), enumOf('kind', 'ActorKind', true), enumOf('size', 'CompanySize'), bool('employer'),
    enumOf('economicModel', 'EconomicModel'), int('foundedYear'), text('website'), text('description')),
  label('Alliance', /^ALL-[A-Z0-9][A-Z0-9-]*$/,
    text('name', true), enumOf('category', 'AllianceCategory', true), enumList('objectives', 'AllianceObjective'),
    enumList('impacts', 'Impact'), enumOf('phase', 'InnovationPhase'), enumOf('scale', 'Scale'), int('startYear'),
    int('endYear'), text('description')),
  label('Territory', /^(FR|REG-[0-9]{2}|DEP-([0-9]{2,3}|2A|2B)|EPCI-[0-9]{9}|COM-[0-9][0-9AB][0-9]{3})$/,
    text('name', true), enumOf('level', 'TerritoryLevel', true), text('inseeCode')),
  label('Domain', /^DOM-[A-Z0-9][A-Z0-9-]*$/, text('name', true), text('description')),
  label('Sdg', /^SDG-[0-9]{1,2}$/, int('number', true), text('name', true), text('description')),
  label('SdgTarget', /^SDG-[0-9]{1,2}\.[0-9a-z]{1,2}$/,
    text('code', true), text('title', true), enumOf('theme', 'SdgTheme')),
  label('Network', /^NET-[A-Z0-9][A-Z0-9-]*$/,
    text('name', true), enumOf('kind', 'NetworkKind', true), int('foundedYear'), text('website'), text('description')),
  label('Catalyst', /^CAT-[A-Z0-9][A-Z0-9-]*$/,
    text('name', true), enumOf('kind', 'CatalystKind', true), int('since'), enumList('levers', 'SupportLever'),
    text('description')),
  label('Study', /^STU-[A-Z0-9][A-Z0-9-]*$/, text('title', true), text('publisher'), int('year'), text('url')),
  label('Finding', /^FND-[A-Z0-9][A-Z0-9-]*$/,
    text('statement', true), float('value'), text('unit'), text('population'), int('year')),
];

const ANY_ABOUT = ['Actor', 'Alliance', 'Territory', 'Domain', 'Sdg', 'SdgTarget', 'Network', 'Catalyst'];

/** One entry per relationship type: allowed [from, to] label pairs, properties, and cardinality limits. */
export const relationships = [
  { type: 'PARTICIPATES_IN', pairs: [['Actor', 'Alliance']],
    properties: [enumOf('role', 'ParticipationRole', true), int('since')] },
  { type: 'LOCATED_IN', pairs: [['Alliance', 'Territory']], properties: [] },
  { type: 'BASED_IN', pairs: [['Actor', 'Territory']], properties: [] },
  { type: 'PART_OF', pairs: [['Territory', 'Territory']], properties: [], outgoingSingle: true },
  { type: 'ACTS_IN', pairs: [['Alliance', 'Domain']], properties: [] },
  { type: 'CONTRIBUTES_TO', pairs: [['Alliance', 'Sdg'], ['Alliance', 'SdgTarget']], properties: [] },
  { type: 'TARGET_OF', pairs: [['SdgTarget', 'Sdg']], properties: [], outgoingSingle: true },
  { type: 'MEMBER_OF', pairs: [['Actor', 'Network']], properties: [int('since')] },
  { type: 'COVERS', pairs: [['Network', 'Territory']], properties: [] },
  { type: 'ANIMATES', pairs: [['Catalyst', 'Network']], properties: [] },
  { type: 'ACTIVE_IN', pairs: [['Catalyst', 'Territory']], properties: [] },
  { type: 'SUPPORTS', pairs: [['Catalyst', 'Alliance']], properties: [] },
  { type: 'IS', pairs: [['Catalyst', 'Actor']], properties: [], outgoingSingle: true },
  { type: 'REPORTS', pairs: [['Study', 'Finding']], properties: [], incomingSingle: true },
  { type: 'ABOUT', pairs: ANY_ABOUT.map((to) => ['Finding', to]), properties: [] },
];
