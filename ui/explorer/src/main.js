import { coParticipation, exportUrl, flagshipNetwork, neighborhood, regions, search } from './api.js';
import { colourOfKey, createGraph, layout, merge } from './graph.js';

const $ = (id) => document.getElementById(id);
const container = $('cy');
const cy = createGraph(container);
window.cy = cy; // for tests and the browser console
const view = { mode: 'empty', region: null, get nodeIds() { return cy.nodes().map((n) => n.id()); } };

function status(text) { $('status').textContent = text; }

function publish() {
  container.dataset.elementCount = String(cy.elements().length);
  container.dataset.nodeCount = String(cy.nodes().length);
  container.dataset.mode = view.mode;
  const counts = new Map();
  for (const node of cy.nodes()) counts.set(node.data('key'), (counts.get(node.data('key')) ?? 0) + 1);
  $('legend').replaceChildren(...[...counts.keys()].sort().map((key) => {
    const item = document.createElement('li');
    const dot = document.createElement('span');
    dot.style.background = colourOfKey(key);
    item.dataset.key = key;
    item.append(dot, `${key} (${counts.get(key)})`);
    return item;
  }));
}

function showDetails(node) {
  const rows = Object.entries(node.data('properties') ?? {}).map(([key, value]) => {
    const row = document.createElement('tr');
    const name = document.createElement('td');
    const text = document.createElement('td');
    name.textContent = key;
    text.textContent = Array.isArray(value) ? value.join(', ') : String(value);
    row.append(name, text);
    return row;
  });
  const title = document.createElement('h2');
  title.textContent = `${node.data('name')} (${node.data('label')})`;
  const table = document.createElement('table');
  table.append(...rows);
  $('details').replaceChildren(title, table);
}

async function run(task) {
  try {
    await task();
  } catch (error) {
    status(`Error: ${error.message}`);
  }
}

async function openNode(id) {
  const graph = await neighborhood([id]);
  cy.elements().remove();
  view.mode = 'neighborhood';
  merge(cy, graph);
  cy.getElementById(id).addClass('focus');
  await layout(cy);
  publish();
  showDetails(cy.getElementById(id));
  status(`${cy.nodes().length} nodes${graph.truncated ? ' (capped)' : ''}. Click a node to expand it.`);
}

async function expand(node) {
  showDetails(node);
  if (view.mode !== 'neighborhood') return;
  const graph = await neighborhood([node.id()]);
  const added = merge(cy, graph);
  cy.nodes().removeClass('focus');
  node.addClass('focus');
  if (added > 0) await layout(cy);
  publish();
  status(`Expanded ${node.data('name')}: ${added} new elements, ${cy.nodes().length} nodes.`);
}

async function showRegion(region) {
  const { graph, scores } = await coParticipation(region, $('measure').value);
  const max = Math.max(...scores.values(), Number.EPSILON);
  cy.elements().remove();
  view.mode = 'co-participation';
  view.region = region;
  $('details').replaceChildren(Object.assign(document.createElement('h2'), { textContent: 'Node' }),
    Object.assign(document.createElement('p'), { textContent: 'Click a node to see its properties.' }));
  merge(cy, graph, (node) => 12 + 48 * ((scores.get(node.id) ?? 0) / max));
  await layout(cy);
  publish();
  status(`Co-participation in ${$('region').selectedOptions[0].textContent}: ${graph.nodes.length} actors, ${graph.edges.length} links; size by ${$('measure').selectedOptions[0].textContent}.`);
}

function download(url, fileName) {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  run(async () => {
    const hits = await search($('search').value.trim());
    $('results').replaceChildren(...hits.map((hit) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.id = hit.id;
      button.textContent = `${hit.name} (${hit.label})`;
      button.addEventListener('click', () => run(() => openNode(hit.id)));
      item.append(button);
      return item;
    }));
    status(hits.length ? `${hits.length} matches: pick one.` : 'No match.');
  });
});

cy.on('tap', 'node', (event) => run(() => expand(event.target)));
$('region').addEventListener('change', () => { if ($('region').value) run(() => showRegion($('region').value)); });
$('measure').addEventListener('change', () => { if (view.mode === 'co-participation') run(() => showRegion(view.region)); });
$('download-png').addEventListener('click', () => download(cy.png({ full: true, bg: '#ffffff', scale: 2 }), 'knowledgegraph.png'));
$('download-gexf').addEventListener('click', () => { if (view.mode !== 'empty') download(exportUrl(view), 'knowledgegraph.gexf'); });

// The first picture: the flagship question's network (companies and associations co-building in Occitanie).
async function showFlagship() {
  const graph = await flagshipNetwork();
  if (view.mode !== 'empty') return; // the user was quicker
  view.mode = 'flagship';
  merge(cy, graph, (node) => (node.label === 'Alliance' ? 34 : node.label === 'Territory' ? 26 : 22));
  await layout(cy);
  publish();
  const alliances = graph.nodes.filter((n) => n.label === 'Alliance').length;
  const actors = graph.nodes.filter((n) => n.label === 'Actor').length;
  status(`The flagship question: ${alliances} societal-innovation alliances in Occitanie where companies and associations co-build, ${actors} actors. Search a node or pick a region.`);
}

run(async () => {
  const options = (await regions()).map((region) => new Option(region.name, region.id));
  $('region').append(...options);
  document.body.dataset.ready = 'true';
});
run(showFlagship);
