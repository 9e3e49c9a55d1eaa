import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigFile, loadConfig } from '../../src/config/load.js';
import { FileProblemsError } from '../../src/index.js';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/commslint.js');
const vocabRules = join(root, 'tests/fixtures/rules-vocab');

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'commslint-config-'));
  mkdirSync(join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function lint(cwd: string, args: string[]): { code: number | null; stdout: string; stderr: string; messages: { ruleId: string; severity: string; message: string }[] } {
  const r = spawnSync(process.execPath, [bin, '--format', 'json', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const results = r.stdout ? (JSON.parse(r.stdout) as { messages: { ruleId: string; severity: string; message: string }[] }[]) : [];
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, messages: results.flatMap((x) => x.messages) };
}

const risky = '这台车绝对安全。\n';

describe('config discovery', () => {
  it('finds the nearest config upward and stops at the repository root', () => {
    const dir = project({ '.commslintrc.yaml': 'locale: en\n', 'a/b/draft.md': risky });
    expect(findConfigFile(join(dir, 'a/b'))).toBe(join(dir, '.commslintrc.yaml'));
    const inner = project({ 'draft.md': risky });
    expect(findConfigFile(inner)).toBeUndefined();
  });
});

describe('config settings', () => {
  it('turns rules off or changes severity by rule id or category, and sets the locale', () => {
    const dir = project({
      '.commslintrc.yaml': 'locale: en\nrules:\n  absolute-claim: warning\n  absolute-claim/zero-risk: off\n',
      'draft.md': '这台车绝对安全，零风险。\n',
    });
    const { code, messages } = lint(dir, ['draft.md']);
    expect(code).toBe(0);
    expect(messages.some((m) => m.ruleId === 'absolute-claim/absolute-safety' && m.severity === 'warning')).toBe(true);
    expect(messages.some((m) => m.ruleId === 'absolute-claim/zero-risk')).toBe(false);
    // locale: en — the message is English around the quoted Chinese words.
    expect(messages.every((m) => !/\p{Script=Han}/u.test(m.message.replace(/“[^”]*”/g, '')))).toBe(true);
  });

  it('applies overrides to the files their globs match, and skips ignored files', () => {
    const dir = project({
      '.commslintrc.yaml': "overrides:\n  - files: ['internal/**']\n    rules: { absolute-claim: off }\nignores: ['archive/**']\n",
      'public/a.md': risky,
      'internal/b.md': risky,
      'archive/c.md': risky,
    });
    const { stdout } = lint(dir, ['.']);
    expect(stdout).toContain('public/a.md');
    const results = JSON.parse(stdout) as { filePath: string; messages: unknown[] }[];
    expect(results.find((r) => r.filePath.endsWith('internal/b.md'))?.messages).toEqual([]);
    expect(results.some((r) => r.filePath.includes('archive'))).toBe(false);
  });

  it('catches a named founder vouching for safety with the built-in pack, and drops a rule turned off', () => {
    const dir = project({
      '.commslintrc.yaml': 'vocabularies:\n  founders: { zh: [张三] }\nrules:\n  combative/smear-labels: off\n',
      'a.md': '张三亲自担保这台车的安全。\n\n这是赤裸裸的抹黑。\n',
    });
    const { messages } = lint(dir, ['a.md']);
    expect(messages.map((m) => m.ruleId)).toContain('persona-safety/title-vouching');
    expect(messages.map((m) => m.ruleId)).not.toContain('combative/smear-labels');
    expect(lint(dir, ['--no-config', 'a.md']).messages.map((m) => m.ruleId)).not.toContain('persona-safety/title-vouching');
  });

  it('adds the founders vocabulary to rules that use it', () => {
    const dir = project({ '.commslintrc.yaml': 'vocabularies:\n  founders: { en: [Mara Quinn] }\n', 'a.md': 'Mara Quinn says it is safe.\n' });
    expect(lint(dir, ['--rules', vocabRules, 'a.md']).messages.map((m) => m.ruleId)).toContain('fixture/founder-vouches');
    expect(lint(dir, ['--no-config', '--rules', vocabRules, 'a.md']).messages.map((m) => m.ruleId)).not.toContain('fixture/founder-vouches');
  });

  it('extends a folder of rules and an installed commslint-rules-* package, without the built-in pack', () => {
    const dir = project({
      '.commslintrc.yaml': 'extends: [./team-rules, commslint-rules-acme]\n',
      'team-rules/pack.yaml': readFileSync(join(root, 'tests/fixtures/rules-good/pack.yaml'), 'utf8'),
      'node_modules/commslint-rules-acme/package.json': '{"name":"commslint-rules-acme","version":"1.0.0"}',
      'node_modules/commslint-rules-acme/rules/founder.yaml': readFileSync(join(vocabRules, 'founder.yaml'), 'utf8'),
      'a.md': 'Our founder says it is safe. 这台车绝对安全。\n',
    });
    const { messages, stderr } = lint(dir, ['a.md']);
    expect(stderr).toBe('');
    expect(messages.map((m) => m.ruleId).sort()).toEqual(['fixture/absolute-safety', 'fixture/founder-vouches', 'fixture/guarantee']);
  });

  it('uses --config FILE instead of discovery', () => {
    const dir = project({ '.commslintrc.yaml': 'rules: { absolute-claim: off }\n', 'other.yaml': 'locale: en\n', 'a.md': risky });
    expect(lint(dir, ['a.md']).messages).toEqual([]);
    expect(lint(dir, ['--config', 'other.yaml', 'a.md']).messages.length).toBeGreaterThan(0);
  });
});

describe('config errors', () => {
  it('lists every problem with file, line and column, with did-you-mean, and exits 2', () => {
    const dir = project({ '.commslintrc.yaml': 'local: zh\nrules:\n  absolute-claim/absolute-safty: loud\n  persona-safety/titel-vouching: off\n', 'a.md': risky });
    try {
      loadConfig(join(dir, '.commslintrc.yaml'), dir);
      throw new Error('expected problems');
    } catch (error) {
      expect(error).toBeInstanceOf(FileProblemsError);
      expect((error as Error).message).toContain('.commslintrc.yaml:1:1: unknown field "local"; did you mean "locale"?');
      expect((error as Error).message).toMatch(/\.commslintrc\.yaml:3:\d+: "rules\.absolute-claim\/absolute-safty" must be one of: off, info, warning, error/);
    }
    const { code, stderr } = lint(dir, ['a.md']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown field "local"');
  });

  it('names an unknown rule id with the nearest one', () => {
    const dir = project({ '.commslintrc.yaml': 'rules:\n  persona-safety/titel-vouching: off\n', 'a.md': risky });
    const { code, stderr } = lint(dir, ['a.md']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/\.commslintrc\.yaml:2:\d+: unknown rule "persona-safety\/titel-vouching"; did you mean "persona-safety\/title-vouching"\?/);
  });
});
