// Lints Cypher statements with Neo4j's Cypher 5 language support.
// Usage: node lint.mjs <input.json>   where input.json is
//   { "schema": { "labels": [...], "relationshipTypes": [...], "propertyKeys": [...] },
//     "statements": [ { "name": "...", "text": "...", "parameters": ["p0", ...] } ] }
// Prints a JSON array of { name, diagnostics } (only statements with diagnostics) and exits 0.
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const report = [];
for (const statement of input.statements) {
  const dbSchema = {
    ...input.schema,
    parameters: Object.fromEntries(statement.parameters.map((name) => [name, null])),
  };
  const { diagnostics } = lintCypherQuery(statement.text, dbSchema);
  if (diagnostics.length > 0) {
    report.push({
      name: statement.name,
      diagnostics: diagnostics.map((d) => ({
        severity: d.severity,
        message: d.message,
        excerpt: statement.text.slice(Math.max(0, d.offsets.start - 40), d.offsets.end + 40),
      })),
    });
  }
}
process.stdout.write(JSON.stringify(report, null, 2) + '\n');
