// Usage: node introspect.mjs <graphql endpoint> <file with the service's SDL>
// Sends graphql-js's full standard introspection query (every option on), then checks the answer with graphql-js:
// buildClientSchema + validateSchema, and compares the printed schema with the service's own SDL.
// Prints one JSON object: { status, errors, validation, sdlMatches, differences, oneOf, ... }.
import { readFileSync } from 'node:fs';
import {
  buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, validateSchema,
  findBreakingChanges, findDangerousChanges, isInputObjectType,
} from 'graphql';

const [endpoint, sdlFile] = process.argv.slice(2);
const query = getIntrospectionQuery({
  descriptions: true, directiveIsRepeatable: true, specifiedByUrl: true, schemaDescription: true,
  inputValueDeprecation: true, oneOf: true,
});
const response = await fetch(endpoint, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query, operationName: 'IntrospectionQuery' }),
});
const text = await response.text();
const report = { status: response.status };
let answer;
try { answer = JSON.parse(text); } catch { report.body = text.slice(0, 2000); }
if (answer?.errors) report.errors = answer.errors.map(e => e.message);
if (answer?.data) {
  const client = buildClientSchema(answer.data);
  report.validation = validateSchema(client).map(e => e.message);
  const service = buildSchema(readFileSync(sdlFile, 'utf8'));
  report.serviceValidation = validateSchema(service).map(e => e.message);
  const printedClient = printSchema(lexicographicSortSchema(client));
  const printedService = printSchema(lexicographicSortSchema(service));
  report.sdlMatches = printedClient === printedService;
  if (!report.sdlMatches) {
    const a = printedClient.split('\n'), b = printedService.split('\n');
    report.differences = [];
    for (let i = 0; i < Math.max(a.length, b.length) && report.differences.length < 20; i++)
      if (a[i] !== b[i]) report.differences.push({ line: i + 1, introspection: a[i], sdl: b[i] });
  }
  // graphql-js 16.15's built-in @deprecated already has the draft's DIRECTIVE_DEFINITION location, which the released
  // spec (September 2025) and the service do not: buildSchema adds graphql-js's own @deprecated to the SDL's schema.
  const draftOnly = new Set(['DIRECTIVE_DEFINITION was removed from deprecated.', 'DIRECTIVE_DEFINITION was added to deprecated.']);
  const changes = [...findBreakingChanges(service, client), ...findDangerousChanges(service, client),
    ...findBreakingChanges(client, service), ...findDangerousChanges(client, service)].map(c => c.description);
  report.changes = changes.filter(c => !draftOnly.has(c));
  report.ignoredChanges = changes.filter(c => draftOnly.has(c));
  report.oneOf = Object.values(client.getTypeMap()).filter(t => isInputObjectType(t) && t.isOneOf).map(t => t.name);
  report.directives = client.getDirectives().map(d => d.name);
  report.repeatableDirectives = client.getDirectives().filter(d => d.isRepeatable).map(d => d.name);
  report.description = client.description ?? null;
  report.typeCount = Object.keys(client.getTypeMap()).length;
}
console.log(JSON.stringify(report));
