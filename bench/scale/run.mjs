#!/usr/bin/env node
// Issue 6's scale checks, as a script (memory is as noisy as time, so not a unit test):
//   1. peak memory of the CLI over trees of 1,000, 10,000 and 100,000 small drafts: it must not
//      grow with the number of files beyond the one small result each file leaves in the report;
//   2. one huge draft (default 50 MB): time and peak memory.
// Usage: node bench/scale/run.mjs [--files 1000,10000,100000] [--huge-mb 50] [--concurrency off]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '1000,10000,100000' },
    'huge-mb': { type: 'string', default: '50' },
    concurrency: { type: 'string', default: 'off' },
  },
});

const EN = ['# Update\n\nWe tested the brakes in the rain and publish every result.\n', '# Launch\n\nThis car is 100% safe, trust me.\n'];
const ZH = ['# 公告\n\n我们公开全部碰撞测试数据，欢迎监督。\n', '# 发布\n\n这台车绝对安全，我拿人格担保。\n'];

/** Runs the CLI under GNU time; returns seconds, peak RSS in MB and the exit code. */
function measure(args) {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(root, 'bin/commslint.js'), '--format', 'compact', '--concurrency', values.concurrency, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const kb = Number(r.stderr.trim().split('\n').pop());
  if (r.status !== 0 && r.status !== 1) throw new Error(`commslint exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { seconds, peakMB: kb / 1024, code: r.status };
}

function tree(count) {
  const dir = mkdtempSync(join(tmpdir(), 'commslint-tree-'));
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `d${Math.floor(i / 1000)}`);
    if (i % 1000 === 0) mkdirSync(sub);
    // One in ten drafts is risky, the rest clean, half of each Chinese.
    const texts = i % 2 ? ZH : EN;
    writeFileSync(join(sub, `draft-${i}.md`), texts[i % 10 === 0 ? 1 : 0]);
  }
  return dir;
}

function hugeDraft(mb) {
  const dir = mkdtempSync(join(tmpdir(), 'commslint-huge-'));
  const para = '我们公开全部碰撞测试数据，欢迎监督。We publish every crash test result.\n\n';
  const risky = '这台车绝对安全。\n\n';
  const chunks = [];
  let size = 0;
  for (let i = 0; size < mb * 1024 * 1024; i++) {
    const piece = i % 200 === 0 ? risky : i % 50 === 0 ? `## 第${i}节\n\n` : para;
    chunks.push(piece);
    size += Buffer.byteLength(piece);
  }
  const file = join(dir, 'huge.md');
  writeFileSync(file, chunks.join(''));
  return { dir, file };
}

const rows = [];
for (const count of values.files.split(',').map(Number).filter((n) => n > 0)) {
  const dir = tree(count);
  const m = measure([dir]);
  rows.push(`| ${count.toLocaleString('en')} small drafts | ${m.seconds.toFixed(1)} s | ${m.peakMB.toFixed(0)} MB |`);
  console.error(rows.at(-1));
  rmSync(dir, { recursive: true, force: true });
}
const mb = Number(values['huge-mb']);
if (mb > 0) {
  const { dir, file } = hugeDraft(mb);
  const m = measure([file]);
  rows.push(`| one ${mb} MB draft | ${m.seconds.toFixed(1)} s | ${m.peakMB.toFixed(0)} MB |`);
  console.error(rows.at(-1));
  rmSync(dir, { recursive: true, force: true });
}
console.log(['| input | time | peak memory |', '| --- | --- | --- |', ...rows].join('\n'));
