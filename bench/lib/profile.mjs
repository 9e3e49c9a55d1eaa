// Where the CLI's time goes: one `node --cpu-prof` run over the corpus, self time summed by
// function and by module (a package in node_modules, a file of dist/, or Node's internals).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { timeNode } from './measure.mjs';

const TOP = 20;

export async function profileCli(root, corpusDir, concurrency, dir) {
  rmSync(dir, { recursive: true, force: true });
  const args = ['--cpu-prof', '--cpu-prof-dir', dir, join(root, 'bin/commslint.js'), '--no-config', '--format', 'json'];
  if (concurrency) args.push('--concurrency', '1');
  const { ms } = await timeNode([...args, corpusDir], { cwd: root });
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const summary = summarizeProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')), root);
  return { ...summary, wallMs: ms, file: join(dir, file), markdown: profileMarkdown(summary, ms) };
}

/** The place a frame belongs to, short enough for a table. */
export function moduleOf(url, root) {
  if (!url) return '(native / GC / idle)';
  if (url.startsWith('node:')) return 'node internals';
  const path = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1];
  return path.startsWith(root) ? path.slice(root.length + 1) : path;
}

export function summarizeProfile(profile, root) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const functions = new Map();
  const modules = new Map();
  let totalMs = 0;
  for (const [id, ms] of selfMs) {
    const { functionName, url, lineNumber } = byNode.get(id).callFrame;
    const mod = moduleOf(url, root);
    const key = `${functionName || '(anonymous)'}  ${mod}:${lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + ms);
    modules.set(mod, (modules.get(mod) ?? 0) + ms);
    totalMs += ms;
  }
  const top = (map) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([name, ms]) => ({ name, ms, share: ms / totalMs }));
  return { totalMs, functions: top(functions), modules: top(modules) };
}

function profileMarkdown({ totalMs, functions, modules }, wallMs) {
  const table = (title, rows) => [
    `| ${title} | self ms | share |`,
    '| --- | ---: | ---: |',
    ...rows.map((r) => `| \`${r.name}\` | ${r.ms.toFixed(0)} | ${(r.share * 100).toFixed(1)} % |`),
  ];
  return [
    `## Profile: commslint CLI, 1 thread, over the corpus (${(wallMs / 1000).toFixed(2)} s wall, ${(totalMs / 1000).toFixed(2)} s sampled)`,
    '',
    ...table('module (self time)', modules),
    '',
    ...table('function (self time)', functions),
    '',
  ].join('\n');
}
