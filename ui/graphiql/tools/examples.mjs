// The IDE's ready examples, read at build time from the sources users also read, so the two never drift:
// ui/graphiql/examples/*.graphql (the flagship first) and every question of docs/query-examples.md
// (a bold question followed by a ```graphql block). `node tools/examples.mjs` prints the list as JSON.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const examplesDir = join(here, '..', 'examples');
export const queryExamplesFile = join(here, '..', '..', '..', 'docs', 'query-examples.md');
export const flagshipFile = 'flagship.graphql';

/** "Which alliances count a foundation…?" → "WhichAlliancesCountAFoundation…" (ASCII letters and digits). */
export function operationNameOf(title) {
  const words = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return /^[0-9]/.test(name) ? `Q${name}` : name;
}

/** Gives an anonymous operation (`{ … }` or `query { … }`) the name, and puts the title above it as a comment. */
export function titled(title, query) {
  const name = operationNameOf(title);
  let text = query.trim();
  if (text.startsWith('{')) text = `query ${name} ${text}`;
  else text = text.replace(/^(query|mutation|subscription)\s*(?=[({])/, `$1 ${name} `);
  return `# ${title}\n${text}\n`;
}

/** The questions of docs/query-examples.md: { section, title, note, operationName, query }. */
export function parseQueryExamples(markdown) {
  const examples = [];
  let section = '';
  let question = null;
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = /^##\s+(.+)$/.exec(line);
    if (heading) { section = heading[1].trim(); question = null; continue; }
    const bold = /^\*\*(.+?)\*\*\s*(.*)$/.exec(line);
    if (bold) { question = { title: bold[1].trim(), note: bold[2].replace(/^\(|\)$/g, '').trim() }; continue; }
    if (/^```graphql\s*$/.test(line) && question) {
      const body = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
      examples.push({
        section,
        title: question.title,
        note: question.note,
        operationName: operationNameOf(question.title),
        query: titled(question.title, body.join('\n')),
      });
      question = null;
    }
  }
  return examples;
}

/** The examples/*.graphql files, flagship first: their first comment line is the title. */
async function graphqlFiles() {
  const names = (await readdir(examplesDir)).filter((name) => name.endsWith('.graphql'));
  names.sort((a, b) => (b === flagshipFile) - (a === flagshipFile) || a.localeCompare(b));
  return Promise.all(names.map(async (name) => {
    const query = (await readFile(join(examplesDir, name), 'utf8')).trim() + '\n';
    const title = /^#\s*(.+)$/m.exec(query)?.[1].trim() ?? name;
    const operationName = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/m.exec(query)?.[1] ?? null;
    return { section: 'The flagship question', title, note: '', operationName, query, flagship: name === flagshipFile, file: name };
  }));
}

/** Every example: the examples/ files first (the flagship at their head), then docs/query-examples.md in order. */
export async function loadExamples() {
  const files = await graphqlFiles();
  const docs = parseQueryExamples(await readFile(queryExamplesFile, 'utf8'));
  return [...files, ...docs];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await loadExamples(), null, 2));
}
