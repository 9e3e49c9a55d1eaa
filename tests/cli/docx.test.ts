// The CLI with Word drafts: findings on paragraphs, a broken file named and skipped, never rewritten by --fix.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../helpers/docx.js';

const bin = join(import.meta.dirname, '../../bin/commslint.js');

function run(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('commslint with .docx drafts', () => {
  it('reports findings by paragraph, says which file is not a Word document, and never rewrites one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'commslint-docx-cli-'));
    const docx = makeDocx(['新品发布', '', '开启自动驾驶，双手离开方向盘。']);
    writeFileSync(join(dir, 'launch.docx'), docx);
    writeFileSync(join(dir, 'renamed.docx'), '# 其实是 Markdown\n');
    const { code, stdout, stderr } = run(['--fix', '--format', 'compact', '.'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain(`${join(dir, 'launch.docx')}:3:3: error “自动驾驶”`);
    expect(stderr).toContain(`commslint: skipped ${join(dir, 'renamed.docx')}: Not a valid Word document (.docx): it is not a zip package.`);
    expect(stderr).toContain(`commslint: not fixed ${join(dir, 'launch.docx')}: a Word document is never rewritten; apply the 1 fix in Word`);
    expect(readFileSync(join(dir, 'launch.docx')).equals(docx)).toBe(true);
  });
});
