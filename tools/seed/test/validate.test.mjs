// Tests of the seed validator on small sets written to a temporary folder, and of the curated set itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateSets } from '../validate.mjs';
import { enumDifferences } from '../schema-parity.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function makeSet(files) {
  const dir = join(mkdtempSync(join(tmpdir(), 'seed-')), 'curated');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const messages = (dir) => validateSets([dir]).errors.map((e) => `${e.file.split('/').slice(-1)[0]}:${e.line}: ${e.message}`);

test('a valid set has no problems', () => {
  const dir = makeSet({
    'nodes/Territory.csv': 'id:ID,name,level,inseeCode,source\nFR,France,COUNTRY,,CURATED\nREG-76,Occitanie,REGION,76,CURATED\n',
    'relationships/PART_OF.csv': ':START_ID,:END_ID\nREG-76,FR\n',
  });
  assert.deepEqual(messages(dir), []);
});

test('bad enum, wrong header type, bad int and empty required value are reported with their line', () => {
  const dir = makeSet({
    'nodes/Actor.csv': 'id:ID,name,kind,foundedYear,source\nACT-A,A,CLUB,1999,CURATED\nACT-B,,COMPANY,x,CURATED\n',
  });
  const found = messages(dir);
  assert.ok(found.includes('Actor.csv:1: wrong header type for "foundedYear": "string", expected "int"'), found.join('\n'));
  assert.ok(found.includes('Actor.csv:2: bad ActorKind value "CLUB" (kind)'), found.join('\n'));
  assert.ok(found.includes('Actor.csv:3: empty required value for "name"'), found.join('\n'));
});

test('malformed and duplicate ids, unknown columns and wrong source are reported', () => {
  const dir = makeSet({
    'nodes/Domain.csv': 'id:ID,name,colour,source\ndom-x,X,red,CURATED\nDOM-Y,Y,blue,SYNTHETIC\nDOM-Y,Y2,blue,CURATED\n',
  });
  const found = messages(dir);
  assert.ok(found.includes('Domain.csv:1: unknown column "colour"'));
  assert.ok(found.includes('Domain.csv:2: malformed Domain id "dom-x"'));
  assert.ok(found.includes('Domain.csv:3: source must be CURATED, got "SYNTHETIC"'));
  assert.ok(found.some((m) => m.startsWith('Domain.csv:4: duplicate id "DOM-Y"')));
});

test('relationship ends must exist, have allowed labels, and respect single cardinality', () => {
  const dir = makeSet({
    'nodes/Territory.csv': 'id:ID,name,level,source\nFR,France,COUNTRY,CURATED\nREG-11,IDF,REGION,CURATED\nDEP-75,Paris,DEPARTMENT,CURATED\n',
    'nodes/Domain.csv': 'id:ID,name,source\nDOM-SPORT,Sport,CURATED\n',
    'relationships/PART_OF.csv': ':START_ID,:END_ID\nDEP-75,REG-11\nDEP-75,FR\nREG-11,DOM-SPORT\nREG-11,REG-99\n',
  });
  const found = messages(dir);
  assert.ok(found.includes('PART_OF.csv:3: "DEP-75" has more than one outgoing PART_OF'));
  assert.ok(found.includes('PART_OF.csv:4: PART_OF does not link Territory to Domain'));
  assert.ok(found.includes('PART_OF.csv:5: end "REG-99" does not exist'));
});

test('the schema copy matches DomainEnums.cs', () => {
  assert.deepEqual(enumDifferences(join(repo, 'src', 'KnowledgeGraph.Core', 'Schema', 'Model', 'DomainEnums.cs')), []);
});

test('the curated set is valid', () => {
  const { errors, nodeCount } = validateSets([join(repo, 'graph-seed', 'curated')]);
  assert.deepEqual(errors, []);
  assert.ok(nodeCount > 600);
});
