// Validates seed sets (folders with nodes/ and relationships/) against the schema copy in schema.mjs.
// Returns every problem as { file, line, message }, in the spirit of graph-seed/README.md "Validation".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseCsv } from './csv.mjs';
import { enums, labels, relationships } from './schema.mjs';

const labelByName = new Map(labels.map((l) => [l.name, l]));
const relByType = new Map(relationships.map((r) => [r.type, r]));

function parseHeader(cell) {
  const colon = cell.lastIndexOf(':');
  return colon < 0 ? { name: cell, type: 'string' } : { name: cell.slice(0, colon), type: cell.slice(colon + 1) };
}

function checkValue(prop, raw, report) {
  if (raw === '') {
    if (prop.required) report(`empty required value for "${prop.name}"`);
    return;
  }
  if (raw !== raw.trim()) report(`value of "${prop.name}" has leading or trailing spaces`);
  switch (prop.type) {
    case 'int':
      if (!/^-?[0-9]+$/.test(raw)) report(`"${raw}" is not an int (${prop.name})`);
      break;
    case 'float':
      if (!/^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$/.test(raw)) report(`"${raw}" is not a float (${prop.name})`);
      break;
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') report(`"${raw}" is not a boolean (${prop.name})`);
      break;
    default:
      if (prop.enumName) {
        const items = prop.type === 'string[]' ? raw.split(';') : [raw];
        const allowed = enums[prop.enumName];
        for (const item of items) {
          if (!allowed.includes(item)) report(`bad ${prop.enumName} value "${item}" (${prop.name})`);
        }
        if (new Set(items).size !== items.length) report(`repeated item in list "${prop.name}"`);
      }
  }
}

/** Checks the header against the declared columns; returns the column index → property map, or null. */
function checkHeader(header, declared, report) {
  const columns = [];
  for (const cell of header) {
    const { name, type } = parseHeader(cell);
    const prop = declared.find((p) => p.name === name);
    if (!prop) { report(`unknown column "${cell}"`); columns.push(null); continue; }
    if (prop.type !== type) report(`wrong header type for "${name}": "${type}", expected "${prop.type}"`);
    if (columns.some((c) => c?.name === name)) report(`duplicate column "${name}"`);
    columns.push(prop);
  }
  for (const prop of declared) {
    if (prop.required && !columns.some((c) => c?.name === prop.name)) report(`missing required column "${prop.name}"`);
  }
  return columns;
}

function readRows(path) {
  return parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
}

export function validateSets(setDirs, { requiredSource } = {}) {
  const errors = [];
  const nodes = new Map(); // id -> { label, file, line }
  const relFiles = [];

  for (const dir of setDirs) {
    const expectedSource = requiredSource ?? (basename(dir) === 'curated' ? 'CURATED' : basename(dir) === 'synthetic' ? 'SYNTHETIC' : null);
    const nodeDir = join(dir, 'nodes');
    for (const file of existsSync(nodeDir) ? readdirSync(nodeDir).filter((f) => f.endsWith('.csv')).sort() : []) {
      const path = join(nodeDir, file);
      const label = labelByName.get(file.slice(0, -4));
      const report = (line) => (message) => errors.push({ file: path, line, message });
      if (!label) { report(1)(`no label named "${file.slice(0, -4)}"`); continue; }
      const [header, ...rows] = readRows(path);
      if (!header) { report(1)('empty file'); continue; }
      if (header.fields[0] !== 'id:ID') report(1)('first column must be "id:ID"');
      const columns = checkHeader(header.fields, label.properties.map((p) => (p.name === 'id' ? { ...p, type: 'ID' } : p)), report(1));
      for (const row of rows) {
        const r = report(row.line);
        if (row.fields.length !== header.fields.length) { r(`${row.fields.length} fields, header has ${header.fields.length}`); continue; }
        row.fields.forEach((raw, i) => {
          const prop = columns[i];
          if (!prop || prop.name === 'id') return;
          checkValue(prop, raw, r);
          if (prop.name === 'source' && expectedSource && raw !== expectedSource) r(`source must be ${expectedSource}, got "${raw}"`);
        });
        const id = row.fields[0];
        if (!label.idPattern.test(id)) r(`malformed ${label.name} id "${id}"`);
        else if (nodes.has(id)) { const o = nodes.get(id); r(`duplicate id "${id}" (first at ${o.file}:${o.line})`); }
        else nodes.set(id, { label: label.name, file: path, line: row.line });
      }
    }
    const relDir = join(dir, 'relationships');
    for (const file of existsSync(relDir) ? readdirSync(relDir).filter((f) => f.endsWith('.csv')).sort() : []) {
      relFiles.push(join(relDir, file));
    }
  }

  const seen = new Map();
  for (const path of relFiles) {
    const type = basename(path, '.csv');
    const rel = relByType.get(type);
    const report = (line) => (message) => errors.push({ file: path, line, message });
    if (!rel) { report(1)(`no relationship type named "${type}"`); continue; }
    const [header, ...rows] = readRows(path);
    if (!header) { report(1)('empty file'); continue; }
    if (header.fields[0] !== ':START_ID' || header.fields[1] !== ':END_ID') report(1)('the first columns must be ":START_ID,:END_ID"');
    const columns = [null, null, ...checkHeader(header.fields.slice(2), rel.properties, report(1))];
    const outCount = new Map();
    const inCount = new Map();
    for (const row of rows) {
      const r = report(row.line);
      if (row.fields.length !== header.fields.length) { r(`${row.fields.length} fields, header has ${header.fields.length}`); continue; }
      const [start, end] = row.fields;
      const from = nodes.get(start);
      const to = nodes.get(end);
      if (!from) r(`start "${start}" does not exist`);
      if (!to) r(`end "${end}" does not exist`);
      if (from && to && !rel.pairs.some(([a, b]) => a === from.label && b === to.label)) {
        r(`${type} does not link ${from.label} to ${to.label}`);
      }
      row.fields.forEach((raw, i) => columns[i] && checkValue(columns[i], raw, r));
      const key = `${type}|${start}|${end}`;
      if (seen.has(key)) r(`duplicate relationship ${start} -[${type}]-> ${end} (first at line ${seen.get(key)})`);
      else seen.set(key, row.line);
      outCount.set(start, (outCount.get(start) ?? 0) + 1);
      inCount.set(end, (inCount.get(end) ?? 0) + 1);
      if (rel.outgoingSingle && outCount.get(start) === 2) r(`"${start}" has more than one outgoing ${type}`);
      if (rel.incomingSingle && inCount.get(end) === 2) r(`"${end}" has more than one incoming ${type}`);
    }
  }
  return { errors, nodeCount: nodes.size, relationshipCount: seen.size };
}
