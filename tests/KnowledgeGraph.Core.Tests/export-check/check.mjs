// Loads an export with the libraries a user would use and prints what they saw as JSON:
//   node check.mjs <gexf|graphml|cytoscape|graphology> <file> [nodeId] [edgeId]
// -> { "nodes": n, "edges": m, "type": "...", "node": {attributes of nodeId}, "edge": {attributes of edgeId} }
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import gexf from 'graphology-gexf/node/index.js';
import graphml from 'graphology-graphml/node/index.js';
import cytoscape from 'cytoscape';

const [format, file, nodeId, edgeId] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');

function fromGraphology(graph) {
  return {
    nodes: graph.order,
    edges: graph.size,
    type: graph.type,
    node: nodeId && graph.hasNode(nodeId) ? graph.getNodeAttributes(nodeId) : null,
    edge: edgeId && graph.hasEdge(edgeId) ? graph.getEdgeAttributes(edgeId) : null,
  };
}

function fromCytoscape(json) {
  const cy = cytoscape({ headless: true, styleEnabled: false, elements: json.elements });
  const node = nodeId ? cy.getElementById(nodeId) : null;
  const edge = edgeId ? cy.getElementById(edgeId) : null;
  return {
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    type: 'cytoscape',
    node: node && node.nonempty() && node.isNode() ? node.data() : null,
    edge: edge && edge.nonempty() && edge.isEdge() ? edge.data() : null,
  };
}

const parsers = {
  gexf: () => fromGraphology(gexf.parse(Graph, text)),
  graphml: () => fromGraphology(graphml.parse(Graph, text)),
  cytoscape: () => fromCytoscape(JSON.parse(text)),
  // graphology's own serialisation, as sigma.js users load it.
  graphology: () => fromGraphology(Graph.from(JSON.parse(text))),
};

if (!parsers[format]) {
  console.error(`unknown format '${format}' (expected ${Object.keys(parsers).join(', ')})`);
  process.exit(2);
}

process.stdout.write(JSON.stringify(parsers[format]()));
