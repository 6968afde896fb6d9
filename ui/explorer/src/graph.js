import cytoscape from 'cytoscape';

const PALETTE = {
  Actor: '#2563eb', Alliance: '#dc2626', Territory: '#16a34a', Domain: '#9333ea', Sdg: '#ea580c',
  SdgTarget: '#f59e0b', Network: '#0891b2', Catalyst: '#db2777', Study: '#4b5563', Finding: '#84cc16',
};

// Actors, the most numerous, take a colour per kind (companies, associations, foundations…).
const KIND_PALETTE = {
  COMPANY: '#2563eb', ASSOCIATION: '#f97316', FOUNDATION: '#a855f7', LOCAL_AUTHORITY: '#a16207', PUBLIC_INSTITUTION: '#0d9488',
  SOCIAL_ECONOMY: '#e11d48', RESEARCH: '#7c3aed',
};
const EXTRA_KIND_COLOURS = ['#be185d', '#4d7c0f', '#1d4ed8', '#92400e', '#0f766e'];

export const colourOf = (label) => PALETTE[label] ?? '#6b7280';

/** The legend key of a node: its actor kind for actors ("Actor · COMPANY"), else its label. */
export const keyOf = (label, kind) => (label === 'Actor' && kind ? `Actor · ${kind}` : label);

export function colourOfKey(key) {
  const kind = key.startsWith('Actor · ') ? key.slice('Actor · '.length) : null;
  if (!kind) return colourOf(key);
  if (KIND_PALETTE[kind]) return KIND_PALETTE[kind];
  let hash = 0;
  for (const c of kind) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return EXTRA_KIND_COLOURS[hash % EXTRA_KIND_COLOURS.length];
}

export function createGraph(container) {
  return cytoscape({
    container,
    wheelSensitivity: 0.3,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': (n) => colourOfKey(n.data('key')),
          shape: (n) => (n.data('label') === 'Actor' ? 'ellipse' : n.data('label') === 'Alliance' ? 'round-rectangle' : 'diamond'),
          label: 'data(name)', 'font-size': 15, 'text-valign': 'bottom', 'text-margin-y': 4,
          'text-wrap': 'ellipsis', 'text-max-width': '140px',
          'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': '1px',
          'text-background-shape': 'roundrectangle', color: '#111827',
          width: 'data(size)', height: 'data(size)',
        },
      },
      { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#111' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f59e0b', 'z-index': 10 } },
      {
        selector: 'edge',
        style: {
          width: (e) => Math.min(1 + (e.data('weight') ?? 1), 8), 'line-color': '#c7c7c7', 'curve-style': 'bezier',
          'target-arrow-shape': (e) => (e.data('directed') ? 'triangle' : 'none'), 'target-arrow-color': '#c7c7c7', 'arrow-scale': 0.7,
        },
      },
    ],
  });
}

// Adds the nodes and edges not drawn yet; returns how many elements were added.
export function merge(cy, subGraph, sizeOf = () => 22) {
  const added = [];
  for (const node of subGraph.nodes) {
    if (cy.getElementById(node.id).empty()) {
      const kind = node.properties?.kind ?? null;
      added.push({ group: 'nodes', data: { id: node.id, label: node.label, kind, key: keyOf(node.label, kind), name: node.name ?? node.id, properties: node.properties, size: sizeOf(node) } });
    }
  }
  for (const edge of subGraph.edges) {
    if (cy.getElementById(edge.id).empty()) {
      added.push({
        group: 'edges',
        data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, weight: edge.properties?.weight, directed: subGraph.directed !== false },
      });
    }
  }
  cy.add(added);
  return added.length;
}

export function layout(cy) {
  return new Promise((resolve) => {
    // Room for the labels: nodes repel more and edges are longer than cose's defaults.
    const run = cy.layout({
      name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, randomize: false, fit: true, padding: 30,
      nodeRepulsion: () => 120000, idealEdgeLength: () => 90, nodeOverlap: 40, componentSpacing: 80,
    });
    run.one('layoutstop', resolve);
    run.run();
  });
}
