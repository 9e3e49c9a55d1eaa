// The warm process, forked by the runner: floors and commslint's engine API side by side in one
// process, each pass run on request so that the runner can alternate them with the cold commands.
//   argv: MANIFEST_JSON DIST_INDEX RULES_DIR
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { readRuleSpecs, termRegex } from '../lib/pack-terms.mjs';
import { floors, loadJieba } from './floors.mjs';

const [manifestPath, distIndex, rulesDir] = process.argv.slice(2);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const files = [...manifest.files.zh, ...manifest.files.en].sort();
const rssMiB = () => process.memoryUsage().rss / 2 ** 20;

const before = rssMiB();
let started = performance.now();
const jieba = loadJieba();
const jiebaLoad = { ms: performance.now() - started, MiB: rssMiB() - before };

started = performance.now();
const { createLinter } = await import(pathToFileURL(distIndex).href);
const linter = createLinter();
const compileMs = performance.now() - started;

const passes = {
  ...floors(jieba, termRegex(readRuleSpecs(rulesDir))),
  commslint: (file) => linter.lintDocument(readFileSync(file, 'utf8'), { filePath: file }).messages.length,
};

function pass(name, list) {
  const fn = passes[name];
  let sink = 0;
  // Each pass starts with a clean heap: otherwise one pass pays to collect the previous one's garbage.
  globalThis.gc?.();
  const t0 = performance.now();
  for (const file of list) sink += fn(file);
  return { ms: performance.now() - t0, sink };
}

// JIT warm-up on a slice of the corpus, so that the first timed pass is not the compile pass.
const slice = files.filter((_, i) => i % 10 === 0);
for (const name of Object.keys(passes)) pass(name, slice);

/**
 * Two passes interleaved in chunks of 100 files, the order swapped every chunk: seconds apart
 * instead of minutes, so that the machine's load swings hit both alike. Times by pass.
 */
function interleaved(names) {
  const split = Object.fromEntries(names.map((name) => [name, 0]));
  let sink = 0;
  globalThis.gc?.();
  for (let from = 0; from < files.length; from += 100) {
    const chunk = files.slice(from, from + 100);
    for (const name of (from / 100) % 2 ? [...names].reverse() : names) {
      const t0 = performance.now();
      for (const file of chunk) sink += passes[name](file);
      split[name] += performance.now() - t0;
    }
  }
  return { ms: Object.values(split).reduce((a, b) => a + b, 0), split, sink };
}

process.send({ ready: true, jiebaLoad, compileMs, passes: Object.keys(passes) });
process.on('message', (message) => {
  if (message.pass) process.send({ ...pass(message.pass, files), rssMiB: rssMiB() });
  else if (message.interleave) process.send({ ...interleaved(message.interleave), rssMiB: rssMiB() });
  else if (message.exit) process.exit(0);
});
