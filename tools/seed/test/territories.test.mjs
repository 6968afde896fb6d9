// Runs territories.mjs into a temporary folder and checks the counts, the hierarchy and determinism.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../csv.mjs';

const script = join(dirname(fileURLToPath(import.meta.url)), '..', 'territories.mjs');
const run = () => {
  const out = mkdtempSync(join(tmpdir(), 'territories-'));
  execFileSync(process.execPath, [script, out]);
  return {
    nodes: readFileSync(join(out, 'nodes', 'Territory.csv'), 'utf8'),
    partOf: readFileSync(join(out, 'relationships', 'PART_OF.csv'), 'utf8'),
  };
};

test('territories: 1 country, 18 regions, 101 departments, communes with parents, deterministic', () => {
  const first = run();
  const rows = parseCsv(first.nodes).slice(1).map((r) => r.fields);
  const count = (level) => rows.filter((r) => r[2] === level).length;
  assert.equal(count('COUNTRY'), 1);
  assert.equal(count('REGION'), 18);
  assert.equal(count('DEPARTMENT'), 101);
  assert.ok(count('COMMUNE') >= 101);
  const ids = rows.map((r) => r[0]);
  assert.deepEqual(ids, [...ids].sort());
  const parent = new Map(parseCsv(first.partOf).slice(1).map((r) => r.fields));
  assert.equal(parent.size, rows.length - 1);
  assert.equal(parent.get('COM-34172'), 'DEP-34');
  assert.equal(parent.get('DEP-34'), 'REG-76');
  assert.equal(parent.get('REG-76'), 'FR');
  assert.equal(parent.get('DEP-2A'), 'REG-94');
  assert.ok(!ids.includes('COM-75101'), 'arrondissements municipaux are excluded');
  const second = run();
  assert.equal(second.nodes, first.nodes);
  assert.equal(second.partOf, first.partOf);
});
