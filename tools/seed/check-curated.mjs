// Validates seed sets against the schema: `node check-curated.mjs [setDir...]` (default: graph-seed/curated).
// Prints `file:line: problem` for every problem and exits 1 if there is any.
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enumDifferences } from './schema-parity.mjs';
import { validateSets } from './validate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const sets = process.argv.length > 2 ? process.argv.slice(2).map((d) => resolve(d)) : [join(repo, 'graph-seed', 'curated')];

const parity = enumDifferences(join(repo, 'src', 'KnowledgeGraph.Core', 'Schema', 'Model', 'DomainEnums.cs'));
const { errors, nodeCount, relationshipCount } = validateSets(sets);
for (const p of parity) console.error(`schema.mjs: ${p}`);
for (const e of errors) console.error(`${relative(process.cwd(), e.file)}:${e.line}: ${e.message}`);
console.log(`${sets.map((s) => relative(process.cwd(), s)).join(', ')}: ${nodeCount} nodes, ${relationshipCount} relationships, ${errors.length + parity.length} problem(s)`);
process.exit(errors.length + parity.length > 0 ? 1 : 0);
