import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../bin/commslint.js');

function run(cwd: string, args: string[], env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function emptyRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'commslint-cmd-'));
  mkdirSync(join(dir, '.git'));
  return dir;
}

describe('commslint init', () => {
  it('writes a commented starter config that is itself valid, and refuses to overwrite it', () => {
    const dir = emptyRepo();
    expect(run(dir, ['init'])).toMatchObject({ code: 0 });
    const text = readFileSync(join(dir, '.commslintrc.yaml'), 'utf8');
    expect(text).toContain('$schema=');
    expect(text).toContain('commslint:recommended');
    expect(run(dir, ['rules']).code).toBe(0);
    const again = run(dir, ['init']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(join(dir, '.commslintrc.yaml'), 'utf8')).toBe(text);
  });
});

describe('commslint rules', () => {
  it('lists the active rules with the config’s severities, as a table or JSON', () => {
    const dir = emptyRepo();
    spawnSync('sh', ['-c', "printf 'rules:\\n  combative: off\\n' > .commslintrc.yaml"], { cwd: dir });
    const json = JSON.parse(run(dir, ['rules', '--format', 'json']).stdout) as { id: string; category: string; severity: string; source: string }[];
    expect(new Set(json.map((r) => r.category)).size).toBe(6);
    expect(json.filter((r) => r.category === 'combative').every((r) => r.severity === 'off')).toBe(true);
    expect(json.every((r) => r.source.startsWith('seeds/000_313dcbf2a2e2c52c.txt ['))).toBe(true);
    const table = run(dir, ['rules']).stdout;
    expect(table).toMatch(/^rule\s+category\s+severity\s+kind\s+source/);
    expect(table).toMatch(/\d+ of \d+ rules active/);
  });
});

describe('commslint explain', () => {
  it('prints the message, rationale, examples and the cited passage of the seed, in the user’s language', () => {
    const dir = emptyRepo();
    const en = run(dir, ['explain', 'absolute-claim/absolute-safety'], { LANG: 'en_US.UTF-8' });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Why:');
    expect(en.stdout).toMatch(/> .*\[31\]/);
    expect(en.stdout).toContain('✗ ');
    const zh = run(dir, ['explain', 'absolute-claim/absolute-safety'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stdout).toContain('理由:');
  });

  it('suggests the nearest rule for a typo', () => {
    const { code, stderr } = run(emptyRepo(), ['explain', 'absolute-claim/absolute-safty']);
    expect(code).toBe(2);
    expect(stderr).toContain('did you mean "absolute-claim/absolute-safety"');
  });
});

describe('commslint test', () => {
  it('passes on the built-in pack', () => {
    const { code, stdout } = run(emptyRepo(), ['test']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\n(\d+) passed, 0 failed\n$/);
  });

  it('fails on a broken pack, naming the example and what happened', () => {
    const { code, stdout } = run(emptyRepo(), ['test', join(import.meta.dirname, '../fixtures/rules-good')]);
    expect(code).toBe(1);
    expect(stdout).toContain('✖ fixture/absolute-safety');
    expect(stdout).toContain('invalid example: b');
    expect(stdout).toContain('expected a finding, but the rule did not fire');
    expect(stdout).toContain('✔ fixture/warn-word');
    expect(stdout).not.toContain('absolute-claim/');
  });
});

describe('commslint eval', () => {
  const root = join(import.meta.dirname, '../..');
  const dev = join(root, '../shared/corpus/dev');
  const scorer = join(root, '../shared/eval/score.mjs');

  it.skipIf(!existsSync(scorer))('prints the same totals as the project scorer', () => {
    const ours = run(root, ['eval', dev]).stdout.trim().split('\n').at(-1);
    const theirs = spawnSync(process.execPath, [scorer, '--corpus', dev], { cwd: root, encoding: 'utf8' }).stdout.trim().split('\n').at(-1);
    expect(ours).toMatch(/^precision=\d\.\d{3} recall=\d\.\d{3} f1=\d\.\d{3}$/);
    expect(ours).toBe(theirs);
  });

  it('scores a folder of its own, counting misses and false positives', () => {
    const dir = emptyRepo();
    writeFileSync(join(dir, 'a.md'), '# 新车\n\n这台车绝对安全。\n\n欢迎试驾。\n');
    writeFileSync(join(dir, 'b.md'), '我们公布全部测试数据。\n');
    writeFileSync(
      join(dir, 'labels.json'),
      JSON.stringify([
        { file: 'a.md', expect: [{ category: 'absolute-claim', line: 3 }, { category: 'combative', line: 5 }] },
        { file: 'b.md', expect: [] },
      ]),
    );
    const json = JSON.parse(run(dir, ['eval', '.', '--format', 'json']).stdout) as { total: { tp: number; fp: number; fn: number }; misses: string[] };
    expect(json.total).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(json.misses).toEqual(['a.md:5 combative']);
  });
});

describe('commslint derive', () => {
  it('proposes a valid draft pack from the seed, with the combative phrases the document quotes', async () => {
    const { parse } = await import('yaml');
    const root = join(import.meta.dirname, '../..');
    const dir = emptyRepo();
    const derived = run(root, ['derive', 'seeds/000_313dcbf2a2e2c52c.txt']);
    expect(derived.code).toBe(0);
    const pack = parse(derived.stdout) as { rules: { id: string; category: string; status: string; terms: { zh?: string[] }; source: { passages: string[] } }[] };
    const combative = pack.rules.find((r) => r.category === 'combative');
    expect(combative?.terms.zh).toEqual(expect.arrayContaining(['断章取义', '歪曲抹黑']));
    expect(combative?.source.passages.length).toBeGreaterThan(0);
    expect(pack.rules.every((r) => r.status === 'draft')).toBe(true);
    writeFileSync(join(dir, 'derived.yaml'), derived.stdout);
    const tested = run(dir, ['test', join(dir, 'derived.yaml')]);
    expect(tested.stdout).toMatch(/\d+ passed, 0 failed/);
  });

  it('says what to do without a document', () => {
    expect(run(emptyRepo(), ['derive'])).toMatchObject({ code: 2, stderr: expect.stringContaining('commslint derive DOC') as string });
  });
});
