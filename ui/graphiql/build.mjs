// Bundles the GraphiQL IDE into src/KnowledgeGraph.Api/wwwroot/ide/ (served under /ide/, opened at GET /graphql).
import { build } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExamples } from './tools/examples.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// `node build.mjs [outdir]`; ui.targets passes the importing project's wwwroot/ide.
const outdir = resolve(process.argv[2] ?? join(here, '..', '..', 'src', 'KnowledgeGraph.Api', 'wwwroot', 'ide'));
// Every ready example (examples/*.graphql, the flagship first, then each question of docs/query-examples.md).
const examples = await loadExamples();
// The first tabs of a first visit: the examples/ files (the flagship first), as before.
const exampleTabs = examples.filter((example) => example.file).map((example) => ({ query: example.query }));

const indexHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>KnowledgeGraph — GraphQL IDE</title>
    <link rel="stylesheet" href="/ide/graphiql.css" />
    <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <div id="graphiql">Loading the GraphQL IDE…</div>
    <script type="module" src="/ide/graphiql.js"></script>
  </body>
</html>
`;

const started = Date.now();
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
await build({
  entryPoints: {
    graphiql: join(here, 'src', 'main.jsx'),
    'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
    'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
    'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
  },
  absWorkingDir: here,
  outdir,
  bundle: true,
  format: 'esm',
  minify: true,
  jsx: 'automatic',
  target: 'es2022',
  publicPath: '/ide/',
  assetNames: '[name]-[hash]',
  loader: { '.ttf': 'file' },
  define: {
    'process.env.NODE_ENV': '"production"',
    __EXAMPLE_TABS__: JSON.stringify(exampleTabs),
    __EXAMPLES__: JSON.stringify(examples),
  },
  logLevel: 'warning',
});
await writeFile(join(outdir, 'index.html'), indexHtml);
console.log(`GraphiQL IDE built into ${outdir} in ${Date.now() - started} ms`);
