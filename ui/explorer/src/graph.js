import cytoscape from 'cytoscape';

const PALETTE = {
  Actor: '#2563eb', Alliance: '#dc2626', Territory: '#16a34a', Domain: '#9333ea', Sdg: '#ea580c',
  SdgTarget: '#f59e0b', Network: '#0891b2', Catalyst: '#db2777', Study: '#4b5563', Finding: '#84cc16',
};

export const colourOf = (label) => PALETTE[label] ?? '#6b7280';

export function createGraph(container) {
  return cytoscape({
    container,
    wheelSensitivity: 0.3,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': (n) => colourOf(n.data('label')),
          label: 'data(name)', 'font-size': 9, 'text-valign': 'bottom', 'text-margin-y': 3,
          width: 'data(size)', height: 'data(size)',
        },
      },
      { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#111' } },
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
      added.push({ group: 'nodes', data: { id: node.id, label: node.label, name: node.name ?? node.id, properties: node.properties, size: sizeOf(node) } });
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
    const run = cy.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, randomize: false, fit: true, padding: 30 });
    run.one('layoutstop', resolve);
    run.run();
  });
}
