// The service's own GraphQL endpoint and export URLs.
const SUBGRAPH = 'truncated nodes { id label name properties } edges { id type source target properties }';

export async function gql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { Accept: 'application/graphql-response+json, application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const answer = await response.json();
  if (answer.errors?.length) throw new Error(answer.errors.map((e) => e.message).join('; '));
  return answer.data;
}

import { rankHits } from './ranking.js';

// Display names live in a different property per label: ask each label type for its own.
const HIT_NAMES = [
  'Actor { name }', 'Alliance { name }', 'Territory { name level }', 'Domain { name }', 'Sdg { name }',
  'SdgTarget { title }', 'Network { name }', 'Catalyst { name }', 'Study { title }', 'Finding { statement }',
].map((f) => `... on ${f}`).join(' ');

export async function search(text) {
  const data = await gql(`query Search($text: String!) { search(text: $text, first: 40) { score node { __typename id ${HIT_NAMES} } } }`, { text });
  const hits = data.search.map(({ node }) => ({
    id: node.id,
    label: node.__typename,
    name: node.name ?? node.title ?? node.statement ?? node.id,
  }));
  return rankHits(hits, text).slice(0, 12);
}

export async function neighborhood(ids, limit = 150) {
  const data = await gql(`query Neighborhood($ids: [ID!]!, $limit: Int) { neighborhood(ids: $ids, depth: 1, limit: $limit) { ${SUBGRAPH} } }`, { ids, limit });
  return data.neighborhood;
}

export async function regions() {
  const data = await gql('{ territories(where: { level: { eq: REGION } }, order: [{ name: ASC }], first: 100) { nodes { id name } } }');
  return data.territories.nodes;
}

export async function coParticipation(within, measure) {
  const data = await gql(`query CoParticipation($within: ID!, $measure: CentralityMeasure!) {
    coParticipation(filter: { within: $within }) { allianceCount graph { ${SUBGRAPH} } }
    centrality(measure: $measure, filter: { within: $within }, top: 1000) { id score } }`, { within, measure });
  return { graph: data.coParticipation.graph, scores: new Map(data.centrality.map((s) => [s.id, s.score])) };
}

export function exportUrl(view) {
  if (view.mode === 'co-participation') return `/export/co-participation.gexf?within=${encodeURIComponent(view.region)}`;
  const ids = view.nodeIds;
  // The nodes in view as start nodes, capped at their own number: exactly them and the relationships between them.
  return `/export/neighborhood.gexf?ids=${ids.map(encodeURIComponent).join(',')}&limit=${ids.length}`;
}

// The flagship question's network: the societal-innovation alliances in Occitanie (the region or anything inside it)
// where companies and associations meet, their participants (by role) and their territories.
export async function flagshipNetwork() {
  const data = await gql(`{ alliances(where: {
      category: { eq: SOCIETAL_INNOVATION }
      territories: { some: { within: "REG-76" } }
      participants: { some: { kind: { eq: COMPANY } } }
      and: [{ participants: { some: { kind: { eq: ASSOCIATION } } } }]
    }, first: 60) {
    nodes { id name category startYear
      participants { edges { role node { id name kind size } } }
      territories { nodes { id name level } } } } }`);
  const nodes = new Map();
  const edges = [];
  for (const alliance of data.alliances.nodes) {
    nodes.set(alliance.id, { id: alliance.id, label: 'Alliance', name: alliance.name, properties: { category: alliance.category, startYear: alliance.startYear } });
    for (const { role, node } of alliance.participants.edges) {
      nodes.set(node.id, { id: node.id, label: 'Actor', name: node.name, properties: { kind: node.kind, size: node.size } });
      edges.push({ id: `${node.id}-${alliance.id}`, type: 'PARTICIPATES_IN', source: node.id, target: alliance.id, properties: { role } });
    }
    for (const territory of alliance.territories.nodes) {
      nodes.set(territory.id, { id: territory.id, label: 'Territory', name: territory.name, properties: { level: territory.level } });
      edges.push({ id: `${alliance.id}-${territory.id}`, type: 'LOCATED_IN', source: alliance.id, target: territory.id, properties: {} });
    }
  }
  return { truncated: false, directed: true, nodes: [...nodes.values()], edges };
}
