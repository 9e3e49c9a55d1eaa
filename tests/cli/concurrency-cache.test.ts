import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { autoConcurrency } from '../../src/cli/worker-pool.js';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/commslint.js');

/** The JSON report's files, typed as far as these tests read them. */
const report = (stdout: string): { messages: unknown[] }[] => JSON.parse(stdout) as { messages: unknown[] }[];

function run(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A folder of varied drafts: the examples and the held-out corpora's drafts, several times over. */
function archive(copies: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'commslint-archive-'));
  const sources = [join(root, 'examples'), ...['holdout-zh', 'holdout-en'].map((c) => join(root, 'tests/corpus', c))].flatMap((folder) =>
    readdirSync(folder).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(folder, f), 'utf8')),
  );
  for (let c = 0; c < copies; c++) {
    mkdirSync(join(dir, `batch-${c}`));
    sources.forEach((text, i) => {
      writeFileSync(join(dir, `batch-${c}`, `draft-${i}.md`), text);
    });
  }
  return dir;
}

describe('--concurrency', () => {
  it('gives exactly the serial report, in the same order, with worker threads', () => {
    const dir = archive(2);
    const serial = run(['--format', 'json', '--concurrency', 'off', '.'], dir);
    const parallel = run(['--format', 'json', '--concurrency', '2', '.'], dir);
    expect(serial.code).toBe(1);
    expect(parallel.code).toBe(serial.code);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(report(serial.stdout).length).toBeGreaterThan(20);
  }, 60_000);

  it('stops with exit 2 and the config error when a worker meets a broken config', () => {
    const dir = archive(1);
    writeFileSync(join(dir, 'batch-0', '.commslintrc.yaml'), 'rules:\n  no-such-rule: error\n');
    const { code, stderr } = run(['--concurrency', '2', '.'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/\.commslintrc\.yaml:2:\d+: unknown rule "no-such-rule"/);
  }, 60_000);

  it('is rejected when not a positive whole number', () => {
    const { code, stderr } = run(['--concurrency', '0', 'x.md'], root);
    expect(code).toBe(2);
    expect(stderr).toContain('--concurrency needs a whole number');
  });

  it('auto stays on one thread for small runs and uses the cores for archives', () => {
    expect(autoConcurrency(1, 8)).toBe(1);
    expect(autoConcurrency(399, 8)).toBe(1);
    expect(autoConcurrency(400, 8)).toBe(2);
    expect(autoConcurrency(100_000, 8)).toBe(8);
    expect(autoConcurrency(100_000, 2)).toBe(2);
  });
});

describe('--cache', () => {
  const draft = '# 发布\n\n这台车绝对安全。\n';

  it('reuses the stored result of an unchanged draft, and re-lints it once the text or the settings change', () => {
    const dir = mkdtempSync(join(tmpdir(), 'commslint-cache-'));
    writeFileSync(join(dir, 'a.md'), draft);
    const first = run(['--format', 'json', '--cache', 'a.md'], dir);
    expect(first.code).toBe(1);
    const cacheFile = join(dir, '.commslintcache');
    // Tamper with the stored message: if the next run shows it, the result came from the cache.
    writeFileSync(cacheFile, readFileSync(cacheFile, 'utf8').replace(/"message":"[^"]*"/, '"message":"FROM THE CACHE"'));
    expect(run(['--format', 'json', '--cache', 'a.md'], dir).stdout).toContain('FROM THE CACHE');
    // Another locale is another setting: a fresh lint.
    expect(run(['--format', 'json', '--cache', '--locale', 'en', 'a.md'], dir).stdout).not.toContain('FROM THE CACHE');
    writeFileSync(cacheFile, readFileSync(cacheFile, 'utf8').replace(/"message":"[^"]*"/, '"message":"FROM THE CACHE"'));
    writeFileSync(join(dir, 'a.md'), `${draft}\n再说一遍：绝对安全。\n`);
    const changed = run(['--format', 'json', '--cache', '--locale', 'en', 'a.md'], dir);
    expect(changed.stdout).not.toContain('FROM THE CACHE');
    expect(report(changed.stdout)[0]!.messages.length).toBeGreaterThan(report(first.stdout)[0]!.messages.length);
  }, 60_000);

  it('treats a corrupt cache file as empty and rewrites it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'commslint-cache-'));
    writeFileSync(join(dir, 'a.md'), draft);
    writeFileSync(join(dir, 'my.cache'), '{ not json');
    const { code, stdout } = run(['--format', 'json', '--cache', '--cache-location', 'my.cache', 'a.md'], dir);
    expect(code).toBe(1);
    expect(report(stdout)[0]!.messages.length).toBeGreaterThan(0);
    expect((JSON.parse(readFileSync(join(dir, 'my.cache'), 'utf8')) as { format: string }).format).toBe('commslint-cache@1');
  }, 60_000);
});

describe('--cache-location', () => {
  it('puts the cache inside a folder given as the location, and only warns when it cannot be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'commslint-cache-'));
    writeFileSync(join(dir, 'a.md'), '这台车绝对安全。\n');
    mkdirSync(join(dir, 'cachedir'));
    expect(run(['--cache', '--cache-location', 'cachedir', 'a.md'], dir).code).toBe(1);
    expect(readFileSync(join(dir, 'cachedir', '.commslintcache'), 'utf8')).toContain('commslint-cache@1');
    const unwritable = run(['--format', 'json', '--cache', '--cache-location', 'no/such/folder/cache', 'a.md'], dir);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toMatch(/warning: could not write the cache/);
    expect(report(unwritable.stdout)[0]!.messages.length).toBeGreaterThan(0);
  }, 60_000);
});
