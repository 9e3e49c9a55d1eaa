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

/** The pipeline stage a module serves (approximate: jieba's cut and its load are both "segment"). */
const STAGES = [
  ['parse (remark)', /^(micromark|mdast-util-|remark-|unified|unist-|vfile|decode-named|dist\/parse\/)/],
  ['match (regexes: terms, patterns, cues)', /^(regex execution|dist\/segment\/(terms|hint-index)\.js|dist\/checks\/)/],
  ['segment (jieba, retext, normalize, quotes)', /^(nodejieba|parse-latin|parse-english|retext-|nlcst-|opencc-js|dist\/segment\/)/],
  ['engine + report (dist/engine, format, cli)', /^dist\/(engine|format|cli|input|index)/],
  ['load (rule YAML, ajv, modules)', /^(ajv|yaml|fast-uri|json-schema|dist\/pack\/|dist\/config\/|node internals)/],
];
export const stageOf = (mod) => STAGES.find(([, re]) => re.test(mod))?.[0] ?? 'other (GC, I/O, native)';

export function summarizeProfile(profile, root) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const functions = new Map();
  const modules = new Map();
  const stages = new Map();
  let totalMs = 0;
  for (const [id, ms] of selfMs) {
    const { functionName, url, lineNumber } = byNode.get(id).callFrame;
    // V8 reports time inside compiled regexes as frames of their own, named after the source.
    const regex = functionName.startsWith('RegExp: ');
    const mod = regex ? 'regex execution (V8)' : moduleOf(url, root);
    const key = regex ? `/${functionName.slice(8, 90)}${functionName.length > 98 ? '…' : ''}/` : `${functionName || '(anonymous)'}  ${mod}:${lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + ms);
    modules.set(mod, (modules.get(mod) ?? 0) + ms);
    stages.set(stageOf(mod), (stages.get(stageOf(mod)) ?? 0) + ms);
    totalMs += ms;
  }
  const top = (map) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([name, ms]) => ({ name, ms, share: ms / totalMs }));
  const regexes = [...functions.keys()].filter((k) => k.startsWith('/')).length;
  return { totalMs, regexes, stages: top(stages), functions: top(functions), modules: top(modules) };
}

function profileMarkdown({ totalMs, regexes, stages, functions, modules }, wallMs) {
  const table = (title, rows) => [
    `| ${title} | self ms | share |`,
    '| --- | ---: | ---: |',
    ...rows.map((r) => `| \`${r.name.replaceAll('|', '\\|')}\` | ${r.ms.toFixed(0)} | ${(r.share * 100).toFixed(1)} % |`),
  ];
  return [
    `## Profile: commslint CLI, 1 thread, over the corpus (${(wallMs / 1000).toFixed(2)} s wall, ${(totalMs / 1000).toFixed(2)} s sampled)`,
    '',
    ...table('stage (self time)', stages),
    '',
    `Regex execution is spread over ${regexes} distinct regexes.`,
    '',
    ...table('module (self time)', modules),
    '',
    ...table('function (self time)', functions),
    '',
  ].join('\n');
}
