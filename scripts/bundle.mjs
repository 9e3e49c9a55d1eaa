#!/usr/bin/env node
// Part of the build: the CLI, its lint workers and the language server as one bundle each
// (dist/bundle/), sharing chunks. Loading remark, micromark and retext as ~230 separate ES
// modules cost a one-file run ~140 ms of its ~0.35 s start; from a bundle it is a few reads.
// What loads on first use stays lazy: dynamic imports become chunks of their own, and packages
// loaded by require at run time (nodejieba, OpenCC, yaml, ajv…) are left to Node.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const outdir = join(root, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: {
    cli: join(root, 'dist/cli/main.js'),
    serve: join(root, 'dist/serve/cli.js'),
    'lint-worker': join(root, 'dist/cli/lint-worker.js'),
    lsp: join(root, 'dist/lsp/server.js'),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Stack traces of an internal error can be mapped back with --enable-source-maps.
  sourcemap: 'linked',
  logLevel: 'warning',
  // Some CommonJS dependencies call require() for Node's built-ins, which an ES module lacks.
  banner: { js: "import { createRequire as __commslintRequire } from 'node:module'; const require = __commslintRequire(import.meta.url);" },
});
