// Bundles the graph explorer (cytoscape from npm) into src/KnowledgeGraph.Api/wwwroot/explorer/ (served at /explorer).
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// `node build.mjs [outdir]`; ui.targets passes the importing project's wwwroot/explorer.
const outdir = resolve(process.argv[2] ?? join(here, '..', '..', 'src', 'KnowledgeGraph.Api', 'wwwroot', 'explorer'));

const started = Date.now();
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
await build({
  entryPoints: { explorer: join(here, 'src', 'main.js') },
  absWorkingDir: here,
  outdir,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
await copyFile(join(here, 'src', 'index.html'), join(outdir, 'index.html'));
await copyFile(join(here, 'src', 'explorer.css'), join(outdir, 'explorer.css'));
console.log(`Explorer built into ${outdir} in ${Date.now() - started} ms`);
