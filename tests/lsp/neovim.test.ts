// End to end with a real editor: headless Neovim (Debian's package; .ci/run installs it) runs
// commslint-lsp through its built-in LSP client and reports the diagnostics it shows.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const hasNeovim = spawnSync('nvim', ['--version']).status === 0;
const here = import.meta.dirname;

function diagnosticsInNeovim(text: string): string[] {
  const root = mkdtempSync(join(tmpdir(), 'commslint-nvim-'));
  mkdirSync(join(root, '.git'));
  const draft = join(root, 'draft.md');
  writeFileSync(draft, text);
  const out = join(root, 'out.txt');
  const r = spawnSync('nvim', ['--headless', '-u', join(here, 'nvim-init.lua')], {
    cwd: root,
    env: { ...process.env, OUT: out, LSP_BIN: join(here, '../../bin/commslint-lsp.js'), ROOT: root, DRAFT: draft },
    timeout: 60_000,
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(out, 'utf8').trim().split('\n');
}

describe.skipIf(!hasNeovim)('Neovim with commslint-lsp', () => {
  it('shows commslint’s diagnostics for a risky draft', () => {
    const [status, ...diagnostics] = diagnosticsInNeovim('# 新车\n\n这台车绝对安全，开启自动驾驶。\n');
    expect(status).toBe('received');
    // Neovim counts columns in bytes: 这台车 is 9 bytes, so 绝对安全 starts at column 10.
    expect(diagnostics).toContain('3:10 commslint absolute-claim/absolute-safety');
    expect(diagnostics.some((d) => d.endsWith('autonomy-overclaim/self-driving-zh'))).toBe(true);
  }, 90_000);

  it('shows none for a clean draft', () => {
    expect(diagnosticsInNeovim('# 召回公告\n\n我们将免费更换下摆臂，并公开全部试验数据。\n')).toEqual(['received']);
  }, 90_000);
});
