// Builds everything that runs: the CLI and web host, the Electron main and preload, the
// benchmark runner (esbuild, a second or two) and the renderer (Vite).
// Usage: node scripts/build.mjs [--no-renderer]
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// piscina starts its own worker script from its folder: it cannot be bundled.
const external = ['better-sqlite3', 'exceljs', 'electron', 'decimal.js', 'pdfkit', 'piscina'];
const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, external, logLevel: 'warning', absWorkingDir: root };

const started = Date.now();
rmSync(path.join(root, 'dist', 'cli'), { recursive: true, force: true });
rmSync(path.join(root, 'dist', 'workers'), { recursive: true, force: true });
rmSync(path.join(root, 'dist', 'electron'), { recursive: true, force: true });
await Promise.all([
  // ESM with code splitting: each CLI command is its own chunk, loaded on demand.
  build({ ...common, entryPoints: { entry: 'cli/entry.ts' }, outdir: 'dist/cli', format: 'esm', splitting: true, chunkNames: 'chunk-[hash]' }),
  // Split: what only some operations need (ECharts for the report's charts) loads on first use, not at start-up.
  build({ ...common, entryPoints: { main: 'electron/main.ts' }, outdir: 'dist/electron', format: 'esm', splitting: true, chunkNames: 'chunk-[hash]', outExtension: { '.js': '.mjs' } }),
  // A sandboxed preload cannot load modules: it must be one CommonJS file.
  build({ ...common, entryPoints: { preload: 'electron/preload.ts' }, outdir: 'dist/electron', format: 'cjs', outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { run: 'bench/run.ts', 'sweep-worker': 'bench/sweep-worker.ts' }, outdir: 'dist/bench', format: 'esm', outExtension: { '.js': '.mjs' } }),
  // Worker threads: simulations, import parsing and the advisor's evaluations run here, off the host's event loop (core/api/node/workers).
  build({ ...common, entryPoints: { scenario: 'core/api/node/workers/scenario-worker.ts', io: 'core/api/node/workers/io-worker.ts', advisor: 'core/api/node/workers/advisor-worker.ts' }, outdir: 'dist/workers', format: 'esm', outExtension: { '.js': '.mjs' } }),
]);
if (!process.argv.includes('--no-renderer')) {
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}
console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
