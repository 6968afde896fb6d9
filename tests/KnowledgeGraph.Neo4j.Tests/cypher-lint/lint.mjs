// Lints Cypher statements with Neo4j's own language support, in Cypher 5 AND in Cypher 25 (the default language of
// new databases from Neo4j 2026.02): each statement is analysed once per language (dbSchema.defaultLanguage).
// Usage: node lint.mjs <input.json>   where input.json is
//   { "schema": { "labels": [...], "relationshipTypes": [...], "propertyKeys": [...] },
//     "statements": [ { "name": "...", "text": "...", "parameters": ["p0", ...] } ] }
// Prints a JSON array of { name, language, diagnostics } (only statements with diagnostics) and exits 0.
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

export const languages = ['CYPHER 5', 'CYPHER 25'];

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const report = [];
for (const language of languages) {
  for (const statement of input.statements) {
    const dbSchema = {
      ...input.schema,
      defaultLanguage: language,
      parameters: Object.fromEntries(statement.parameters.map((name) => [name, null])),
    };
    const { diagnostics } = lintCypherQuery(statement.text, dbSchema);
    if (diagnostics.length > 0) {
      report.push({
        name: statement.name,
        language,
        diagnostics: diagnostics.map((d) => ({
          severity: d.severity,
          message: d.message,
          excerpt: statement.text.slice(Math.max(0, d.offsets.start - 40), d.offsets.end + 40),
        })),
      });
    }
  }
}
process.stdout.write(JSON.stringify(report, null, 2) + '\n');
