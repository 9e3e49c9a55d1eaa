import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/commslint.js');
const fixtureRules = join(root, 'tests/fixtures/rules-good');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function draftsFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'commslint-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('commslint CLI', () => {
  it('lints a folder of drafts: stylish output, exit 1 on errors', () => {
    const dir = draftsFolder({ 'a.md': '# 发布\n\n这台车绝对安全。\n', 'b.md': '# Clean\n\nWe publish our test data.\n', 'notes.txt': '绝对安全' });
    const { code, stdout } = run(['--rules', fixtureRules, dir]);
    expect(code).toBe(1);
    expect(stdout).toContain('a.md');
    expect(stdout).toMatch(/3:4\s+error\s+.*绝对安全.*fixture\/absolute-safety/);
    expect(stdout).not.toContain('b.md');
    expect(stdout).not.toContain('notes.txt');
    expect(stdout).toMatch(/✖ \d+ problems? \(\d+ errors?/);
  });

  it('prints ESLint-shaped JSON with a category on every message', () => {
    const dir = draftsFolder({ 'a.md': 'This car is completely safe.\n' });
    const { code, stdout } = run(['--format', 'json', '--rules', fixtureRules, join(dir, 'a.md')]);
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout) as { filePath: string; messages: { category: string; line: number }[]; errorCount: number }[];
    expect(result?.filePath).toBe(join(dir, 'a.md'));
    expect(result?.errorCount).toBeGreaterThan(0);
    expect(result?.messages.every((m) => typeof m.category === 'string')).toBe(true);
  });

  it('reads standard input with --stdin and --stdin-filename', () => {
    const { code, stdout } = run(['--stdin', '--stdin-filename', 'post.md', '--format', 'json'], { input: '零风险，放心买。' });
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout) as { filePath: string; messages: { category: string }[] }[];
    expect(result?.filePath).toBe(join(root, 'post.md'));
    expect(result?.messages.map((m) => m.category)).toContain('absolute-claim');
  });

  it('exits 0 on a clean draft and prints nothing', () => {
    const { code, stdout } = run(['--stdin'], { input: '我们公布了全部碰撞测试数据，欢迎监督。' });
    expect([code, stdout]).toEqual([0, '']);
  });

  it('exits 0 with warnings only, and 1 when they pass --max-warnings', () => {
    const input = 'Two widgets and one more widget.';
    expect(run(['--stdin', '--rules', fixtureRules], { input }).code).toBe(0);
    expect(run(['--stdin', '--rules', fixtureRules, '--max-warnings', '2'], { input }).code).toBe(0);
    expect(run(['--stdin', '--rules', fixtureRules, '--max-warnings', '1'], { input }).code).toBe(1);
  });

  it('--quiet reports errors only', () => {
    const { stdout } = run(['--stdin', '--quiet', '--rules', fixtureRules, '--format', 'json'], { input: '开启自动驾驶，零风险。' });
    const [result] = JSON.parse(stdout) as { messages: { severity: string }[] }[];
    expect(result?.messages.length).toBeGreaterThan(0);
    expect(result?.messages.every((m) => m.severity === 'error')).toBe(true);
  });

  it('speaks the locale asked for', () => {
    const { stdout } = run(['--stdin', '--locale', 'en', '--rules', fixtureRules, '--format', 'json'], { input: '零风险。' });
    expect(stdout).toContain('is absolute');
  });

  it('colours only when asked or on a terminal, never with NO_COLOR', () => {
    const input = '零风险。';
    expect(run(['--stdin'], { input }).stdout).not.toContain('\u001b[');
    expect(run(['--stdin', '--color'], { input }).stdout).toContain('\u001b[');
    expect(run(['--stdin'], { input, env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(run(['--stdin'], { input, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('exits 2 with a plain sentence on usage errors and missing paths', () => {
    expect(run([])).toMatchObject({ code: 2, stderr: expect.stringContaining('No files to lint') as string });
    expect(run(['--format', 'xml', 'a.md'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown format "xml"') as string });
    expect(run(['--bogus'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--bogus') as string });
    expect(run(['no/such/dir'])).toMatchObject({ code: 2, stderr: expect.stringContaining('no/such/dir') as string });
    expect(run(['--stdin', '--rules', 'no/such/rules'], { input: 'x' })).toMatchObject({ code: 2, stderr: expect.stringContaining('no/such/rules') as string });
    expect(run(['--stdin', '--config', 'no/such.yaml'], { input: 'x' })).toMatchObject({ code: 2, stderr: expect.stringContaining('no/such.yaml') as string });
  });

  it('exits 2 and lists every problem of an invalid rule folder', () => {
    const { code, stderr } = run(['--stdin', '--rules', join(root, 'tests/fixtures/rules-bad')], { input: 'x' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad\.yaml:2:7: "kind" must be one of/);
    expect(stderr).toMatch(/regex\.yaml:9:8: invalid regular expression/);
  });

  it('skips a binary file with a warning and still lints the others', () => {
    const dir = draftsFolder({ 'good.md': '零风险。\n' });
    writeFileSync(join(dir, 'bad.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const { code, stdout, stderr } = run(['--format', 'json', dir]);
    expect(code).toBe(1);
    expect(stderr).toContain('bad.md');
    expect(stdout).toContain('good.md');
  });

  it('prints its version and help', () => {
    expect(run(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(run(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: commslint') as string });
  });
});

describe('commslint --fix', () => {
  it('rewrites the file atomically, keeping BOM, CRLF and mode, and a second run changes nothing', async () => {
    const { chmodSync, readFileSync, readdirSync, statSync } = await import('node:fs');
    const dir = draftsFolder({});
    const file = join(dir, 'post.md');
    writeFileSync(file, '\uFEFF# 新功能\r\n\r\n开启自动驾驶，通勤更轻松。\r\n');
    chmodSync(file, 0o640);
    const first = run(['--fix', '--rules', fixtureRules, file]);
    expect(first.stderr).toMatch(/fixed \d+ problems? in .*post\.md/);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toBe('\uFEFF# 新功能\r\n\r\n开启组合驾驶辅助，通勤更轻松。\r\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['post.md']);
    const second = run(['--fix', '--rules', fixtureRules, file]);
    expect(second.stderr).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(fixed);
  });

  it('--fix-dry-run writes nothing and shows the fixed text as output', async () => {
    const { readFileSync } = await import('node:fs');
    const dir = draftsFolder({ 'a.md': 'Self-driving on every road.\n' });
    const { stdout } = run(['--fix-dry-run', '--format', 'json', join(dir, 'a.md')]);
    const [result] = JSON.parse(stdout) as { output?: string }[];
    expect(result?.output).toBe('Driver-assistance on every road.\n');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('Self-driving on every road.\n');
  });
});

describe('report formats in the CLI', () => {
  it('writes the report to --output-file instead of standard output', async () => {
    const { readFileSync } = await import('node:fs');
    const dir = draftsFolder({ 'a.md': '这台车绝对安全。\n' });
    const out = join(dir, 'report.sarif');
    const { code, stdout } = run(['--format', 'sarif', '--output-file', out, join(dir, 'a.md')], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const log = JSON.parse(readFileSync(out, 'utf8')) as { version: string; runs: [{ results: { ruleId: string }[] }] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.map((r) => r.ruleId)).toContain('absolute-claim/absolute-safety');
  });

  it('prints compact lines for quickfix lists', () => {
    const dir = draftsFolder({ 'a.md': '这台车绝对安全。\n' });
    const { stdout } = run(['--format', 'compact', join(dir, 'a.md')]);
    expect(stdout).toContain(`${join(dir, 'a.md')}:1:4: error `);
    expect(stdout).toContain('[absolute-claim/absolute-safety]');
  });
});
