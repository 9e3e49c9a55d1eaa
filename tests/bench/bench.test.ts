// The benchmark runs end to end in its smallest mode and reports every row; timings are not checked.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

interface BenchResult {
  corpus: { drafts: number; dir: string };
  rows: Record<string, { runs: number; medianMs: number }>;
  ratios: { id: string; value?: number }[];
}

describe('npm run bench --quick', () => {
  it('generates the corpus, runs every command once and writes the table and the JSON', () => {
    const out = mkdtempSync(join(tmpdir(), 'commslint-bench-test-'));
    const run = spawnSync(process.execPath, ['bench/run.mjs', '--quick', '--drafts', '4', '--out', out], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);

    const markdown = readFileSync(join(out, 'latest.md'), 'utf8');
    expect(run.stdout).toBe(markdown);
    for (const label of [
      'floor: read the files',
      'floor: read + remark-parse',
      'floor: read + remark-parse + segment',
      'commslint engine API',
      'commslint CLI, 1 thread',
      'textlint + textlint-rule-prh',
      'alex, English half',
      'commslint, one English draft',
      'commslint, one Chinese draft',
      'node + nodejieba dictionary load',
      'throughput, commslint CLI 1 thread / textlint',
      'time, commslint API warm / floor',
    ]) {
      expect(markdown).toContain(`| ${label}`);
    }

    const result = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as BenchResult;
    expect(result.corpus.drafts).toBe(4);
    expect(readdirSync(join(result.corpus.dir, 'zh'))).toHaveLength(2);
    expect(readdirSync(join(result.corpus.dir, 'en'))).toHaveLength(2);
    for (const id of ['floor-segment', 'commslint-api', 'floor-segment-interleaved', 'commslint-api-interleaved', 'commslint-cli-1', 'textlint', 'alex', 'commslint-startup-en']) {
      expect(result.rows[id]?.runs, id).toBe(1);
      expect(result.rows[id]?.medianMs, id).toBeGreaterThan(0);
    }
    expect(result.ratios.find((r) => r.id === 'vs-textlint-1')?.value).toBeGreaterThan(0);
    expect(result.ratios.find((r) => r.id === 'api-vs-floor-interleaved')?.value).toBeGreaterThan(0);
  }, 120_000);

  it('generates the same drafts from the same seed, with the structure of real drafts', () => {
    const generate = `import('./bench/corpus/generate.mjs').then((g) => {
      const drafts = (seed) => { const r = g.prng(seed); return Array.from({ length: 20 }, (_, i) => g.draft(i % 2 ? 'en' : 'zh', r)); };
      process.stdout.write(JSON.stringify([drafts(8), drafts(8), drafts(9)]));
    })`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', generate], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const [first, again, other] = JSON.parse(run.stdout) as [string[], string[], string[]];
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    for (const [i, draft] of first.entries()) {
      expect(draft.length).toBeGreaterThanOrEqual(1400);
      expect(draft.length).toBeLessThan(2300);
      const prose = draft.replace(/```[\s\S]*?```/g, '');
      expect(/\p{Script=Han}/u.test(prose)).toBe(i % 2 === 0);
    }
    const all = first.join('\n');
    for (const structure of [/^# /m, /^## /m, /^- \*\*/m, /^> /m, /^```\w+$/m]) expect(all).toMatch(structure);
  });
});
