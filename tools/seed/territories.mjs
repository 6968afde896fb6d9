// Derives the curated territories (graph-seed/curated) from the official "découpage administratif"
// published by Etalab as the npm package @etalab/decoupage-administratif (version pinned in package.json).
//
// Writes nodes/Territory.csv and relationships/PART_OF.csv:
//   FR (COUNTRY); the 18 regions (metropolitan + overseas regions, REG-xx); their 101 departments (DEP-xx);
//   communes (COM-xxxxx): every department's chef-lieu plus every current commune with population >= 20,000.
// Overseas collectivities (zone "com") are not regions and are left out, as are arrondissements municipaux,
// communes déléguées and communes associées (only "commune-actuelle" rows are kept).
// Output is sorted by id so that a re-run gives byte-identical files.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCsv } from './csv.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outRoot = resolve(process.argv[2] ?? join(here, '..', '..', 'graph-seed', 'curated'));
const MIN_POPULATION = 20_000;
const SOURCE = 'CURATED';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@etalab/decoupage-administratif/package.json'));
const readData = (name) => JSON.parse(readFileSync(join(packageDir, 'data', `${name}.json`), 'utf8'));

const regions = readData('regions').filter((r) => r.zone === 'metro' || r.zone === 'drom');
const regionCodes = new Set(regions.map((r) => r.code));
const departments = readData('departements').filter((d) => regionCodes.has(d.region));
const departmentCodes = new Set(departments.map((d) => d.code));
const chefLieux = new Set(departments.map((d) => d.chefLieu));
const communes = readData('communes').filter((c) =>
  c.type === 'commune-actuelle' &&
  departmentCodes.has(c.departement) &&
  ((c.population ?? 0) >= MIN_POPULATION || chefLieux.has(c.code)));

const missingChefLieux = [...chefLieux].filter((code) => !communes.some((c) => c.code === code));
if (missingChefLieux.length > 0) throw new Error(`chef-lieu not found among current communes: ${missingChefLieux}`);

const nodes = [
  { id: 'FR', name: 'France', level: 'COUNTRY', inseeCode: '' },
  ...regions.map((r) => ({ id: `REG-${r.code}`, name: r.nom, level: 'REGION', inseeCode: r.code })),
  ...departments.map((d) => ({ id: `DEP-${d.code}`, name: d.nom, level: 'DEPARTMENT', inseeCode: d.code })),
  ...communes.map((c) => ({ id: `COM-${c.code}`, name: c.nom, level: 'COMMUNE', inseeCode: c.code })),
];
const partOf = [
  ...regions.map((r) => [`REG-${r.code}`, 'FR']),
  ...departments.map((d) => [`DEP-${d.code}`, `REG-${d.region}`]),
  ...communes.map((c) => [`COM-${c.code}`, `DEP-${c.departement}`]),
];

const byFirst = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const nodeRows = nodes.map((n) => [n.id, n.name, n.level, n.inseeCode, SOURCE]).sort(byFirst);
partOf.sort(byFirst);

mkdirSync(join(outRoot, 'nodes'), { recursive: true });
mkdirSync(join(outRoot, 'relationships'), { recursive: true });
writeFileSync(join(outRoot, 'nodes', 'Territory.csv'),
  writeCsv(['id:ID', 'name', 'level', 'inseeCode', 'source'], nodeRows));
writeFileSync(join(outRoot, 'relationships', 'PART_OF.csv'), writeCsv([':START_ID', ':END_ID'], partOf));

console.log(`Territory.csv: 1 country, ${regions.length} regions, ${departments.length} departments, ` +
  `${communes.length} communes = ${nodeRows.length} rows; PART_OF.csv: ${partOf.length} rows -> ${outRoot}`);
