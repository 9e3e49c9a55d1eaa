#!/usr/bin/env node
// commslint's throughput benchmark (issue 8): floors, peers and commslint on one generated corpus,
// every command once per run in a rotating order, medians → bench/results/latest.{md,json}.
//   npm run bench [-- --drafts 2000 --runs 5 | --quick | --large]
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { commslintCommands, supportsConcurrency } from './commslint/commands.mjs';
import { generateCorpus } from './corpus/generate.mjs';
import { parseBenchArgs, USAGE } from './lib/args.mjs';
import { peakMemorySource, timeNode } from './lib/measure.mjs';
import { profileCli } from './lib/profile.mjs';
import { startWarmProcess } from './lib/warm-process.mjs';
import { writeTextlintConfig } from './peers/prh-dictionary.mjs';
import { peerCommands } from './peers/commands.mjs';
import { toMarkdown } from './report/markdown.mjs';
import { ratios, summarize } from './report/summary.mjs';

const root = join(import.meta.dirname, '..');
const opts = parseBenchArgs(process.argv.slice(2));
if (opts.help) {
  console.log(USAGE);
  process.exit(0);
}
const log = (line) => process.stderr.write(`${line}\n`);
const work = join(tmpdir(), 'commslint-bench');
const outDir = opts.out ?? join(root, 'bench/results');
const loadBefore = loadavg().map((l) => l.toFixed(2)).join(' ');
// Taken before the run: the dist/ the commands load is the one built from this.
const commit = gitDescribe();

const corpusSpec = opts.mode === 'large' ? { bytes: opts.largeBytes, seed: opts.seed } : { drafts: opts.drafts, seed: opts.seed };
const corpusDir = join(work, opts.mode === 'large' ? `mb-${opts.largeBytes / 1e6}-seed-${opts.seed}` : `drafts-${opts.drafts}-seed-${opts.seed}`);
log(`corpus: ${corpusDir}`);
const manifest = generateCorpus(corpusDir, corpusSpec);
const drafts = manifest.files.zh.length + manifest.files.en.length;
mkdirSync(join(work, 'textlint'), { recursive: true });
const textlint = writeTextlintConfig(join(root, 'rules'), join(work, 'textlint'));
const concurrency = supportsConcurrency(root);
const notes = [];
if (!concurrency) notes.push('This build of the CLI has no --concurrency: that row is skipped.');

const shared = { corpusDir, smallEn: manifest.files.en[0], smallZh: manifest.files.zh[0], concurrency, englishFiles: manifest.files.en };
let cold = [
  { id: 'node-startup', args: ['-e', '0'] },
  // What a Chinese draft adds to start-up, in a process of its own (~1 s, ~290 MB).
  { id: 'jieba-load', args: ['-e', "require('nodejieba').load()"] },
  ...commslintCommands(root, shared),
  ...peerCommands(root, { ...shared, textlintConfig: textlint.configPath }),
];
// The memory check runs only commslint over the large corpus: the peers would take an hour.
if (opts.mode === 'large') cold = cold.filter((c) => c.id === 'commslint-cli-1' || c.id === 'commslint-cli-n');

const samples = {};
const peaks = {};
const record = (id, ms, peakMiB) => {
  (samples[id] ??= []).push(ms);
  if (peakMiB !== undefined) (peaks[id] ??= []).push(peakMiB);
};

const warm = opts.mode === 'large' ? undefined : await startWarmProcess(root, join(corpusDir, 'manifest.json'));
const steps = [...cold.map((c) => ({ id: c.id, run: () => timeNode(c.args, { cwd: root }) }))];
if (warm) {
  record('pack-compile', warm.compileMs, undefined);
  notes.push(`nodejieba's dictionaries added ${warm.jiebaLoad.MiB.toFixed(0)} MiB to the warm process's resident memory.`);
  const ids = { read: 'floor-read', parse: 'floor-parse', segment: 'floor-segment', terms: 'floor-terms', commslint: 'commslint-api' };
  for (const name of warm.passes) steps.push({ id: ids[name], run: () => warm.pass(name) });
  // The same two passes again, interleaved chunk by chunk: the floor ratio's second reading.
  const pair = { segment: 'floor-segment-interleaved', commslint: 'commslint-api-interleaved' };
  steps.push({ id: 'interleaved', ids: pair, run: () => warm.interleave(Object.keys(pair)) });
}

let warmRss = 0;
for (let run = 0; run < opts.runs; run++) {
  // Rotate the order each run, so that no command always follows the same neighbour.
  const order = steps.map((_, i) => steps[(i + run) % steps.length]);
  for (const step of order) {
    const result = await step.run();
    if (result.code !== undefined && result.code > 1) throw new Error(`${step.id} failed (exit ${result.code}):\n${result.stderr}`);
    const times = result.split ? Object.entries(result.split).map(([name, ms]) => [step.ids[name], ms]) : [[step.id, result.ms]];
    for (const [id, ms] of times) {
      record(id, ms, result.peakMiB);
      log(`run ${run + 1}/${opts.runs}  ${id.padEnd(22)} ${(ms / 1000).toFixed(2)} s`);
    }
    if (result.rssMiB) warmRss = Math.max(warmRss, result.rssMiB);
  }
}
warm?.stop();
if (warm) notes.push(`The warm process (floors and engine API together, jieba loaded) held at most ${warmRss.toFixed(0)} MiB.`);
notes.push(`textlint's dictionary: every term, swap and pattern of the built-in pack as ${textlint.ruleCount} prh rules (regexes; English ones as whole words, any case).`);

const rows = summarize(samples, peaks, manifest.bytes);
const result = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  commit,
  machine: {
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: availableParallelism(),
    memGiB: totalmem() / 2 ** 30,
    os: `${type()} ${release()}`,
    node: process.versions.node,
    loadBefore,
    loadAfter: loadavg().map((l) => l.toFixed(2)).join(' '),
  },
  params: { mode: opts.mode, runs: opts.runs, seed: opts.seed, prhRules: textlint.ruleCount, peakMemorySource },
  corpus: { drafts, bytes: manifest.bytes, dir: corpusDir },
  rows,
  ratios: ratios(rows, samples),
  samples,
  notes,
};
if (opts.profile) result.profile = await profileCli(root, corpusDir, concurrency, join(work, 'profile'));

mkdirSync(outDir, { recursive: true });
const name = opts.mode === 'large' ? 'large' : 'latest';
const markdown = toMarkdown(result) + (result.profile ? `\n${result.profile.markdown}` : '');
writeFileSync(join(outDir, `${name}.md`), markdown);
writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(markdown);

function gitDescribe() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'rules'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${head} (with uncommitted changes in src/ or rules/)` : head;
  } catch {
    return 'unknown';
  }
}
