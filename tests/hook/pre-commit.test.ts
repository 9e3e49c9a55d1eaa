// End to end with the real pre-commit framework (Debian's package; .ci/run installs it) and with a
// plain .git/hooks/pre-commit one-liner: a risky draft is blocked, naming file, line and rule.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const isGitCheckout = spawnSync('git', ['-C', root, 'rev-parse', 'HEAD']).status === 0;

function gitRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'commslint-hook-'));
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  git('config', 'user.email', 'writer@example.com');
  git('config', 'user.name', 'Writer');
  git('config', 'commit.gpgsign', 'false');
  return dir;
}

function commit(dir: string, file: string, text: string, env: NodeJS.ProcessEnv = {}): { code: number | null; output: string } {
  writeFileSync(join(dir, file), text);
  execFileSync('git', ['add', file], { cwd: dir });
  const r = spawnSync('git', ['commit', '-q', '-m', `add ${file}`], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, output: r.stdout + r.stderr };
}

describe.skipIf(!hasPreCommit || !isGitCheckout)('pre-commit framework hook', () => {
  const home = mkdtempSync(join(tmpdir(), 'commslint-pre-commit-home-'));
  const env = { PRE_COMMIT_HOME: home, NO_COLOR: '1' };
  let dir = '';

  beforeAll(() => {
    dir = gitRepo();
    const rev = execFileSync('git', ['-C', root, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    writeFileSync(join(dir, '.pre-commit-config.yaml'), `repos:\n  - repo: ${root}\n    rev: ${rev}\n    hooks:\n      - id: commslint\n`);
    execFileSync('git', ['add', '.pre-commit-config.yaml'], { cwd: dir });
    execFileSync('git', ['commit', '-q', '-m', 'config'], { cwd: dir });
    execFileSync('pre-commit', ['install'], { cwd: dir, env: { ...process.env, ...env } });
  });

  it('blocks a risky draft and names the file, line and rule', () => {
    const { code, output } = commit(dir, 'post.md', '# 新车发布\n\n这台车绝对安全。\n', env);
    expect(code).not.toBe(0);
    expect(output).toContain('post.md');
    expect(output).toMatch(/3:4\s+error/);
    expect(output).toContain('absolute-claim/absolute-safety');
  }, 300_000);

  it('lets a clean draft through', () => {
    execFileSync('git', ['rm', '-q', '--cached', 'post.md'], { cwd: dir });
    const { code, output } = commit(dir, 'notice.md', '# 召回公告\n\n我们将免费更换下摆臂，并公开全部试验数据。\n', env);
    expect(output).toMatch(/commslint.*Passed/);
    expect(code).toBe(0);
  }, 300_000);
});

describe('husky + lint-staged recipe', () => {
  it('lints staged drafts through lint-staged from a husky hook, blocking a risky one', () => {
    const dir = gitRepo();
    const bin = join(root, 'bin/commslint.js');
    const lintStaged = join(root, 'node_modules/lint-staged/bin/lint-staged.js');
    // The README's recipe: lint-staged config in package.json, husky's .husky/pre-commit runs it.
    // husky's installer only sets core.hooksPath to .husky, which is done here directly.
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'drafts', private: true, 'lint-staged': { '*.{md,markdown}': `node ${bin}` } }));
    execFileSync('git', ['add', 'package.json'], { cwd: dir });
    execFileSync('git', ['commit', '-q', '-m', 'package'], { cwd: dir });
    mkdirSync(join(dir, '.husky'));
    writeFileSync(join(dir, '.husky/pre-commit'), `node ${lintStaged}\n`);
    chmodSync(join(dir, '.husky/pre-commit'), 0o755);
    execFileSync('git', ['config', 'core.hooksPath', '.husky'], { cwd: dir });
    const blocked = commit(dir, 'post.md', '这台车绝对安全，开启自动驾驶。\n', { NO_COLOR: '1' });
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toMatch(/post\.md[\s\S]*1:\d+\s+error[\s\S]*absolute-claim\//);
    execFileSync('git', ['rm', '-q', '--cached', 'post.md'], { cwd: dir });
    expect(commit(dir, 'clean.md', '我们公开全部测试数据。\n').code).toBe(0);
  }, 60_000);
});

describe('plain .git/hooks/pre-commit one-liner', () => {
  it('lints the staged Markdown files and blocks the commit on an error', () => {
    const dir = gitRepo();
    const bin = join(root, 'bin/commslint.js');
    // The README's one-liner, with `npx commslint` replaced by this checkout's bin.
    const hook = `#!/bin/sh\ngit diff --cached --name-only --diff-filter=ACM -z -- '*.md' '*.markdown' | xargs -0 -r node ${bin}\n`;
    writeFileSync(join(dir, '.git/hooks/pre-commit'), hook);
    chmodSync(join(dir, '.git/hooks/pre-commit'), 0o755);
    const blocked = commit(dir, 'post.md', 'This battery is 100% safe.\n', { NO_COLOR: '1' });
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toMatch(/post\.md[\s\S]*1:\d+\s+error[\s\S]*absolute-claim\//);
    execFileSync('git', ['rm', '-q', '--cached', 'post.md'], { cwd: dir });
    expect(commit(dir, 'clean.md', 'We publish every test result.\n').code).toBe(0);
  });
});
